package dev.tsunagari.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.auth.AccountRole;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.FullTextQuery;
import dev.tsunagari.http.Page;
import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 脳内検索's last level met from the matches' side (the statement a large frontier uses, forced here) lets
 * notes place a person only for those who may read them, like the other full-text statements.
 */
@Neo4jTest
class NotesFromTheMatchesSideTest {
    private final MindSearch fromTheMatchesSide = new MindSearch(TestNeo4j.graph(), new CypherFiles(), 0);

    @Test
    void aWordOnlyInNotesPlacesNobodyForAnotherMemberButStillForTheAddingOne() {
        Network.person("bunta", "Bunta Mori");
        Network.person("kenji", "Kenji Hub");
        Network.person("mei", "Mei Lantern");
        Accounts.As a = Accounts.create("Ayaka", "member", null);
        Accounts.As b = Accounts.create("Bunta", "member", "bunta");
        Network.expect(a.send("PUT", "/api/people/kazuo", """
                {"name": "Kazuo Tsurumi", "notes": "quillhaven の件、借金相談あり"}"""), 201);
        Network.tie("bunta", "KNOWS", "kenji", 0.9, "friend");
        Network.tie("kenji", "KNOWS", "mei", 0.8, "worked-together");
        Network.tie("mei", "KNOWS", "kazuo", 0.8, "worked-together");
        Caller adder = new Caller(Optional.of(a.id()), "Ayaka", AccountRole.MEMBER, Optional.empty());
        Caller other = new Caller(Optional.of(b.id()), "Bunta", AccountRole.MEMBER, Optional.of("bunta"));

        for (String word : List.of("quillhaven", "借金相談")) {
            assertThat(search(word, other).items()).as(word).isEmpty();
            List<SearchHit> found = search(word, adder).items();
            assertThat(found).as(word).extracting(h -> h.person().id()).containsExactly("kazuo");
            assertThat(found.get(0).distance()).as("placed from the matches' side").isEqualTo(3);
        }
    }

    private Page<SearchHit> search(String word, Caller caller) {
        return fromTheMatchesSide.search(new MindSearch.Query(FullTextQuery.of(word).orElseThrow(),
                Optional.of("bunta"), 3, new HopFilter(0, false), 20, Optional.empty()), caller);
    }
}
