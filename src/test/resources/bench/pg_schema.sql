-- PostgreSQL baseline: the tables COPY fills from the generated graph (ties with integer ends, people's tags).
-- Unlogged: the cluster lives for one benchmark run.
DROP TABLE IF EXISTS tie, person_tag, hop CASCADE;
CREATE UNLOGGED TABLE tie (a int NOT NULL, b int NOT NULL, type text NOT NULL, strength double precision NOT NULL,
                           context text NOT NULL);
CREATE UNLOGGED TABLE person_tag (person int NOT NULL, tag text NOT NULL);
