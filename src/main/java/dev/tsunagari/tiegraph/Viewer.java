package dev.tsunagari.tiegraph;

/**
 * Who asks, as privacy needs it: a private person is seen only by admins ({@code seesAll}), the account that added
 * them and the person's own account; to everyone else they are hidden (API.md, Privacy).
 */
public record Viewer(boolean seesAll, String account, String person) {
    public static final Viewer ADMIN = new Viewer(true, null, null);

    public boolean hides(TieGraph graph, int p) {
        if (seesAll || !graph.isPrivate(p)) {
            return false;
        }
        String addedBy = graph.addedBy(p);
        boolean added = addedBy != null && addedBy.equals(account);
        boolean own = person != null && person.equals(graph.id(p));
        return !added && !own;
    }
}
