// Introductions and interactions are addressed by id (client-chosen or generated), and a retried create of an
// introduction carries the same Idempotency-Key: each must be unique, which also makes concurrent creates of
// one id or one key produce one node.
CREATE CONSTRAINT introduction_id IF NOT EXISTS FOR (i:Introduction) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT introduction_idempotency_key IF NOT EXISTS FOR (i:Introduction) REQUIRE i.idempotencyKey IS UNIQUE;
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (x:Interaction) REQUIRE x.id IS UNIQUE;
