package dev.tsunagari.privacy;

import static dev.tsunagari.support.TestApi.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestApi;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notes are private details, so a word in them may decide a full-text match only for those who may read them:
 * member A adds Kazuo with English and Japanese words found nowhere but in his notes. Through every full-text
 * entry point, member B and a viewer searching those words get exactly the answer of a word found nowhere; A and
 * an admin still find Kazuo by them.
 */
@Neo4jTest
class NotesDecideMatchesTest {
    private static final List<String> NOTES_ONLY = List.of("quillhaven", "借金相談");
    private static final List<String> NOWHERE = List.of("zephyrquoll", "無人島暮らし");

    /** Every GET whose answer depends on a full-text match, for one word. */
    private static final List<Function<String, String>> ENTRY_POINTS = List.of(
            word -> "/api/people?q=" + encode(word),
            word -> "/api/search?q=" + encode(word),
            word -> "/api/search?q=" + encode(word) + "&from=bunta&maxDistance=3",
            word -> "/api/intermediaries?from=bunta&kind=" + encode(word),
            word -> "/api/connectors?kind=" + encode(word));

    private Accounts.As memberA;
    private Accounts.As memberB;
    private Accounts.As viewer;
    private Accounts.As admin;

    @BeforeEach
    void aAddsKazuoWithWordsOnlyInHisNotes() {
        Network.person("ayaka", "佐藤 綾香");
        Network.person("bunta", "Bunta Mori");
        Network.person("kenji", "Kenji Hub");
        Network.person("mei", "Mei Lantern");
        memberA = Accounts.create("Ayaka", "member", "ayaka");
        memberB = Accounts.create("Bunta", "member", "bunta");
        viewer = Accounts.create("Vera", "viewer", null);
        admin = Accounts.create("Ada", "admin", null);
        Network.expect(memberA.send("PUT", "/api/people/kazuo", """
                {"name": "Kazuo Tsurumi", "headline": "Bamboo flute maker", "notes": "quillhaven の件、借金相談あり"}"""),
                201);
        Network.tie("bunta", "KNOWS", "kenji", 0.9, "friend");
        Network.tie("ayaka", "KNOWS", "kenji", 0.9, "friend");
        Network.tie("kenji", "KNOWS", "mei", 0.8, "worked-together");
        Network.tie("mei", "KNOWS", "kazuo", 0.8, "worked-together");
    }

    @Test
    void anotherMemberSearchingAWordOnlyInNotesGetsTheAnswerOfAWordFoundNowhere() {
        assertSameAsNowhere(memberB);
    }

    @Test
    void aViewerSearchingAWordOnlyInNotesGetsTheAnswerOfAWordFoundNowhere() {
        assertSameAsNowhere(viewer);
    }

    @Test
    void theAddingMemberAndAnAdminStillFindKazuoByHisNotes() {
        for (Accounts.As reader : List.of(memberA, admin)) {
            for (String word : NOTES_ONLY) {
                for (Function<String, String> entry : ENTRY_POINTS) {
                    var answer = reader.get(entry.apply(word));
                    assertThat(answer.status()).as(entry.apply(word) + ": " + answer.text()).isEqualTo(200);
                    String finds = entry.apply(word).startsWith("/api/connectors") ? "\"mei\"" : "\"kazuo\"";
                    assertThat(answer.text()).as(entry.apply(word)).contains(finds);
                }
            }
        }
    }

    @Test
    void publicWordsStillFindKazuoForEveryone() {
        for (Accounts.As reader : List.of(memberB, viewer)) {
            assertThat(reader.get("/api/people?q=flute").text()).contains("\"kazuo\"");
            assertThat(reader.get("/api/search?q=" + encode("Tsurumi")).text()).contains("\"kazuo\"");
        }
    }

    @Test
    void aPublicWordAndANotesWordTogetherFindKazuoOnlyForThoseWhoReadTheNotes() {
        // Every word must match somewhere in the person: for the readers of the notes, anywhere, notes included.
        for (String words : List.of("flute quillhaven", "flute 借金相談")) {
            assertThat(memberA.get("/api/people?q=" + encode(words)).text()).as(words).contains("\"kazuo\"");
            assertThat(admin.get("/api/search?q=" + encode(words)).text()).as(words).contains("\"kazuo\"");
            assertThat(memberB.get("/api/people?q=" + encode(words)).text()).as(words).doesNotContain("kazuo");
            assertThat(memberB.get("/api/search?q=" + encode(words)).text()).as(words).doesNotContain("kazuo");
        }
    }

    private static void assertSameAsNowhere(Accounts.As reader) {
        for (int i = 0; i < NOTES_ONLY.size(); i++) {
            for (Function<String, String> entry : ENTRY_POINTS) {
                var notesWord = reader.get(entry.apply(NOTES_ONLY.get(i)));
                var nowhere = reader.get(entry.apply(NOWHERE.get(i)));
                assertThat(notesWord.status()).as(entry.apply(NOTES_ONLY.get(i))).isEqualTo(nowhere.status());
                assertThat(notesWord.text()).as(entry.apply(NOTES_ONLY.get(i)))
                        .doesNotContain("kazuo")
                        .isEqualTo(nowhere.text().replace(NOWHERE.get(i), NOTES_ONLY.get(i)));
            }
        }
    }
}
