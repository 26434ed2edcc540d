package dev.tsunagari.tieindex;

import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Ties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * The tie graph read straight from the store through the Core API, inside the caller's transaction: the reference
 * the index is checked against, and what questions use while the index is not current. People get numbers as they
 * are met; a person's fields and ties are read once per question. Reads see each commit as it lands: a person or
 * tie deleted while a question reads it is simply not there (never an error).
 */
public final class StoreGraph implements TieGraph {
    private final Transaction tx;
    private final LongIntHashMap numberOfNode = new LongIntHashMap();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Store.PersonFields> fields = new ArrayList<>();
    private final List<Ties> ties = new ArrayList<>();
    private final List<int[]> fanOf = new ArrayList<>();
    private final List<int[]> fans = new ArrayList<>();

    public StoreGraph(Transaction tx) {
        this.tx = tx;
    }

    @SuppressWarnings("deprecation")
    private int number(Node node) {
        long id = node.getId();
        int known = numberOfNode.getIfAbsent(id, NONE);
        if (known != NONE) {
            return known;
        }
        Store.PersonFields f;
        try {
            f = Store.person(node);
        } catch (NotFoundException deletedMeanwhile) {
            return NONE;
        }
        if (f == null) {
            return NONE;
        }
        int p = nodes.size();
        numberOfNode.put(id, p);
        nodes.add(node);
        fields.add(f);
        ties.add(null);
        fanOf.add(null);
        fans.add(null);
        return p;
    }

    @Override
    public int person(String id) {
        Node node = tx.findNode(Store.PERSON, "id", id);
        return node == null ? NONE : number(node);
    }

    @Override
    @SuppressWarnings("deprecation")
    public int personAt(long node) {
        try {
            return number(tx.getNodeById(node));
        } catch (NotFoundException gone) {
            return NONE;
        }
    }

    @Override
    public String id(int p) {
        return fields.get(p).id();
    }

    @Override
    @SuppressWarnings("deprecation")
    public long node(int p) {
        return nodes.get(p).getId();
    }

    @Override
    public boolean isPrivate(int p) {
        return fields.get(p).isPrivate();
    }

    @Override
    public String addedBy(int p) {
        return fields.get(p).addedBy();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Ties ties(int p) {
        Ties known = ties.get(p);
        if (known != null) {
            return known;
        }
        Node node = nodes.get(p);
        long self = node.getId();
        TieBuffer buffer = new TieBuffer();
        try {
            for (Relationship r : node.getRelationships(Direction.BOTH, Store.HOPS)) {
                int other = number(r.getOtherNode(node));
                if (other == NONE || other == p) {
                    continue;
                }
                try {
                    buffer.add(other, Store.type(r), r.getStartNodeId() == self, Store.strength(r),
                            Store.context(r), Store.day(r, "since"), Store.day(r, "lastContact"));
                } catch (NotFoundException deletedMeanwhile) {
                    // The tie was deleted while this question read it: not a tie any more.
                }
            }
        } catch (NotFoundException deletedMeanwhile) {
            // The person was deleted while this question read them: the ties read so far are all there were.
        }
        Ties read = buffer.ties();
        ties.set(p, read);
        return read;
    }

    @Override
    public boolean introduces(int p) {
        return fields.get(p).introduces();
    }

    @Override
    public boolean isFanOf(int fan, int of) {
        int[] known = fanOf.get(fan);
        if (known == null) {
            List<Integer> found = new ArrayList<>();
            try {
                for (Relationship r : nodes.get(fan).getRelationships(Direction.OUTGOING, Store.FAN_OF)) {
                    int other = number(r.getEndNode());
                    if (other != NONE) {
                        found.add(other);
                    }
                }
            } catch (NotFoundException deletedMeanwhile) {
                // The fan was deleted while this question read them.
            }
            known = found.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            fanOf.set(fan, known);
        }
        return Arrays.binarySearch(known, of) >= 0;
    }

    @Override
    public int[] fansOf(int p) {
        int[] known = fans.get(p);
        if (known == null) {
            List<Integer> found = new ArrayList<>();
            try {
                for (Relationship r : nodes.get(p).getRelationships(Direction.INCOMING, Store.FAN_OF)) {
                    int other = number(r.getStartNode());
                    if (other != NONE && other != p) {
                        found.add(other);
                    }
                }
            } catch (NotFoundException deletedMeanwhile) {
                // The person was deleted while this question read them.
            }
            known = found.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            fans.set(p, known);
        }
        return known;
    }

    @Override
    public Carriers carriers(List<String> tags) {
        Node first = tx.findNode(Store.TAG, "name", tags.get(0));
        List<Integer> listed = new ArrayList<>();
        if (first != null) {
            try {
                for (Relationship r : first.getRelationships(Direction.INCOMING, Store.HAS_TAG)) {
                    int p = number(r.getStartNode());
                    if (p != NONE && carriesAll(p, tags)) {
                        listed.add(p);
                    }
                }
            } catch (NotFoundException deletedMeanwhile) {
                // The tag was deleted (its last carrier with it) while this question read it.
            }
        }
        int[] list = listed.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        return new Carriers() {
            @Override
            public boolean carries(int p) {
                return carriesAll(p, tags);
            }

            @Override
            public int count() {
                return list.length;
            }

            @Override
            public int[] list() {
                return list;
            }
        };
    }

    private boolean carriesAll(int p, List<String> tags) {
        List<String> own = Arrays.asList(fields.get(p).tags());
        return own.containsAll(tags);
    }
}
