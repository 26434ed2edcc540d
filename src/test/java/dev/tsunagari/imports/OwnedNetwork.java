package dev.tsunagari.imports;

import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Network;

/**
 * The introduction history of {@link IntroductionHistory} (so one tie has introducedBy and introduction, and
 * ties carry interactionCount) with two member accounts on top: Haruto's account adds a private person, 秘密の
 * 庭師, and a tie from them to Haruto; Emma's account adds nothing. All fictional.
 */
public final class OwnedNetwork {
    public static final String PRIVATE_ID = "niwashi-himitsu";
    public static final String PRIVATE_EMAIL = "niwashi@example.jp";

    /** The two member accounts, each with its token. */
    public record Members(Accounts.As haruto, Accounts.As emma) {}

    private OwnedNetwork() {}

    public static Members build() {
        IntroductionHistory.build();
        Accounts.As haruto = Accounts.create("木村 陽翔", "member", "haruto");
        Accounts.As emma = Accounts.create("Emma Lindqvist", "member", "emma");
        Network.expect(haruto.send("PUT", "/api/people/" + PRIVATE_ID, "{\"name\": \"秘密の 庭師\", \"visibility\": "
                + "\"private\", \"email\": \"" + PRIVATE_EMAIL + "\", \"tags\": [\"gardener\"]}"), 201);
        // From the private person: only the adding account (or an admin) may change a tie that is not from its own.
        Network.expect(haruto.send("PUT", "/api/ties", "{\"from\": \"" + PRIVATE_ID + "\", \"to\": \"haruto\", "
                + "\"type\": \"KNOWS\", \"strength\": 0.7, \"context\": \"met\"}"), 201);
        return new Members(haruto, emma);
    }
}
