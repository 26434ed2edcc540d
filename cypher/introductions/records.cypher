// Each intermediary's record as an introducer, counted from the history of the introductions made through
// them: asks the target accepted, asks the target declined (a via's own "no" is not counted), connections
// made, and connections whose latest outcome was met, collaboration or customer.
UNWIND $ids AS id
OPTIONAL MATCH (:Person {id: id})<-[:VIA]-(i:Introduction)
WITH id, collect(i) AS intros
RETURN id,
       size([i IN intros WHERE EXISTS { (i)-[:HAS_EVENT]->(:Event {status: 'accepted'}) }]) AS accepted,
       size([i IN intros WHERE EXISTS { (i)-[:HAS_EVENT]->(:Event {status: 'declined', from: 'asked'}) }]) AS declined,
       size([i IN intros WHERE EXISTS { (i)-[:HAS_EVENT]->(:Event {status: 'connected'}) }]) AS connected,
       size([i IN intros WHERE i.outcome IN ['met', 'collaboration', 'customer']]) AS outcomes
