// Test only: the routing table a neo4j:// driver would get, for the address the client says it used.
CALL dbms.routing.getRoutingTable({address: $address}, 'neo4j') YIELD servers
UNWIND servers AS server
RETURN server.role AS role, server.addresses AS addresses
