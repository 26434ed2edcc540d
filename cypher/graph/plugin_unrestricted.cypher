// Whether Neo4j lets the tsunagari.* procedures that read through the kernel run (the service checks it when it
// connects): connectors of a tag nobody carries, which answers no row at once; a server without
// dbms.security.procedures.unrestricted=tsunagari.* refuses the call instead.
CALL tsunagari.connectors(null, {tags: ['tsunagari-plugin-check'], limit: 1}) YIELD person
RETURN count(person) AS found
