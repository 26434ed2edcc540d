package dev.tsunagari.finder;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The finder's way to a common tag: when more people carry the tags than the asker could reach, listing them all
 * is the expensive part (a tag carried by 17,689 people of 1M cost 96% of a request). So the targets are counted
 * from the {@code :Tag} node's degree, and the search expands from the asker level by level, the usable-hop
 * filter applied while expanding, keeping at the last level only the far ends that carry the tags.
 */
final class TaggedFrontier {
    /** Reads usable hops with the finder's row bound (which marks the answer incomplete when reached). */
    interface HopReader {
        List<Hop> read(Cypher query, Map<String, Object> extra);
    }

    private final Cypher countByTag;
    private final Cypher countByTags;
    private final Cypher taggedAmong;
    private final Cypher usableTies;
    private final Cypher usableTiesToTagged;
    private final Cypher usableTiesBetween;
    private final Cypher targetsByTags;

    TaggedFrontier(CypherFiles cypher) {
        this.countByTag = cypher.get("finder/targets_count_by_tag");
        this.countByTags = cypher.get("finder/targets_count_by_tags");
        this.taggedAmong = cypher.get("finder/tagged_among");
        this.usableTies = cypher.get("finder/usable_ties");
        this.usableTiesToTagged = cypher.get("finder/usable_ties_to_tagged");
        this.usableTiesBetween = cypher.get("finder/usable_ties_between");
        this.targetsByTags = cypher.get("finder/targets_by_tags");
    }

    /** How many people other than {@code from} carry every tag: the answer's {@code targetsFound}. */
    int count(TransactionContext tx, String from, List<String> tags) {
        Cypher query = tags.size() == 1 ? countByTag : countByTags;
        List<Record> rows = Graph.run(tx, query, Map.of("from", from, "tags", tags)).list();
        if (rows.isEmpty()) {
            return 0;
        }
        Record row = rows.get(0);
        return row.get("carriers").asInt() - (row.get("fromCarries").asBoolean() ? 1 : 0);
    }

    /**
     * Adds to {@code hood} the hops beyond the asker's ring that routes need, and returns the targets they reach
     * (the ring's own targets included): with one intermediary the ring's hops onto targets; with two the ring's
     * hops, then the next level's hops onto targets. When fewer people carry the tags than the last level holds
     * (a hub in the ring makes it large), they are listed and that level is joined from their side instead,
     * unless {@code mayList} is false (tests force each way to prove they agree).
     */
    Set<String> expand(TransactionContext tx, HopReader hops, String from, List<String> tags, int count,
            boolean mayList, Set<String> ring, int maxHops, Neighbourhood hood) {
        Set<String> last = ring;
        Set<String> checked = new HashSet<>(ring);
        if (maxHops == 2) {
            List<Hop> second = hops.read(usableTies, Map.of("ids", List.copyOf(ring)));
            hood.addAll(second);
            last = new HashSet<>();
            for (Hop h : second) {
                last.add(h.b());
            }
            last.remove(from);
            checked.addAll(last);
        }
        if (mayList && count < last.size()) {
            Set<String> targets = listed(tx, from, tags, count);
            if (!targets.isEmpty()) {
                hood.addAll(hops.read(usableTiesBetween,
                        Map.of("left", List.copyOf(targets), "right", List.copyOf(last))));
            }
            return targets;
        }
        Set<String> targets = tagged(tx, from, tags, checked);
        if (!last.isEmpty()) {
            List<Hop> onto = hops.read(usableTiesToTagged, Map.of("ids", List.copyOf(last), "from", from, "tags", tags));
            hood.addAll(onto);
            onto.forEach(h -> targets.add(h.b()));
        }
        return targets;
    }

    private Set<String> listed(TransactionContext tx, String from, List<String> tags, int count) {
        Map<String, Object> params = Map.of("from", from, "tags", tags, "maxTargets", count + 1);
        return new HashSet<>(Graph.run(tx, targetsByTags, params).list(r -> r.get("id").asString()));
    }

    private Set<String> tagged(TransactionContext tx, String from, List<String> tags, Set<String> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(ids));
        params.put("from", from);
        params.put("tags", tags);
        return new HashSet<>(Graph.run(tx, taggedAmong, params).list(r -> r.get("id").asString()));
    }
}
