package dev.tsunagari.imports;

import static dev.tsunagari.imports.ImportFiles.byName;
import static dev.tsunagari.imports.ImportFiles.everyone;
import static dev.tsunagari.imports.ImportFiles.imported;
import static dev.tsunagari.imports.ImportFiles.texts;
import static dev.tsunagari.imports.ImportFiles.tiesOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@Neo4jTest
class VCardImportTest {

    @Test
    void aShiftJisFeaturePhoneFileKeepsKanjiKanaAndTheQuotedPrintableNote() {
        JsonNode report = imported("format=vcard", "vcard/feature-phone-2.1-sjis.vcf");

        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("errors")).isEmpty();
        JsonNode ken = byName("佐藤 健");
        assertThat(ken.get("kana").asText()).as("half-width ｻﾄｳ from SOUND;X-IRMC-N").isEqualTo("サトウ ケン");
        assertThat(ken.get("notes").asText()).isEqualTo("趣味はガムラン。\r\n月一回ファンの集い");
        assertThat(ken.get("email").asText()).isEqualTo("ken.sato@example.jp");
        assertThat(ken.get("phone").asText()).isEqualTo("090-0000-0002");
        assertThat(texts(ken.get("tags"))).containsExactly("友人");
        JsonNode kenji = byName("森 健二");
        assertThat(kenji.get("kana").asText()).isEqualTo("モリ ケンジ");
        assertThat(kenji.get("organization").asText()).isEqualTo("㈱サンプル商店");
    }

    @Test
    void anIphoneFileGivesPhoneticNamesTagsAndLinks() {
        JsonNode report = imported("format=vcard", "vcard/iphone-3.0.vcf");

        assertThat(report.get("created").asInt()).isEqualTo(3);
        JsonNode aiko = byName("田中 愛子");
        assertThat(aiko.get("kana").asText()).isEqualTo("たなか あいこ");
        assertThat(aiko.get("organization").asText()).isEqualTo("さくら団地自治会");
        assertThat(aiko.get("role").asText()).isEqualTo("コミュニティ・オーガナイザー");
        assertThat(aiko.get("email").asText()).isEqualTo("aiko.tanaka@example.jp");
        assertThat(aiko.get("notes").asText()).isEqualTo("最初のお客さん。団地のコミュニティを紹介してくれた。");
        assertThat(texts(aiko.get("tags"))).containsExactly("community-organizer", "団地");
        assertThat(texts(byName("Mika Hoshino").get("links")))
                .containsExactly("https://www.linkedin.com/in/mika-hoshino-example");
        assertThat(TestApi.get("/api/people?tag=" + TestApi.encode("団地")).json().get("items")).hasSize(1);
    }

    @Test
    void aVersionFourCardKeepsItsUidAsIdAndSortAsAsKana() {
        imported("format=vcard", "vcard/contacts-4.0.vcf");

        JsonNode hanako = ImportFiles.person("hanako");
        assertThat(hanako.get("name").asText()).isEqualTo("山田 花子");
        assertThat(hanako.get("kana").asText()).isEqualTo("やまだ はなこ");
        assertThat(texts(hanako.get("tags"))).containsExactly("founder", "デザイナー");
    }

    @Test
    void contactsAlreadyImportedFromLinkedInAreMergedByProfileUrl() {
        imported("format=linkedin", "linkedin/Connections.csv");
        JsonNode report = imported("format=vcard", "vcard/iphone-3.0.vcf");

        assertThat(report.get("created").asInt()).as("田中 愛子 and Sam are new").isEqualTo(2);
        assertThat(report.get("merged").asInt()).isEqualTo(1);
        assertThat(report.get("merges").get(0).get("by").asText()).isEqualTo("linkedin");
        assertThat(texts(byName("Mika Hoshino").get("tags"))).containsExactly("ライブハウス", "musician");
        assertThat(everyone()).hasSize(7);
    }

    @Test
    void theOwnerIsTiedToEveryContactAndAReimportChangesNothing() {
        TestApi.put("/api/people/me", "{\"name\": \"Me\"}");
        imported("format=vcard&owner=me", "vcard/iphone-3.0.vcf");
        assertThat(tiesOf("me")).hasSize(3).allSatisfy(t -> assertThat(t.get("context")).isNull());
        List<String> before = TestNeo4j.snapshot();

        JsonNode again = imported("format=vcard&owner=me", "vcard/iphone-3.0.vcf");

        assertThat(again.get("skipped").asInt()).isEqualTo(3);
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void aCardWithoutAnyNameIsRejectedAndTheOthersImport() {
        String file = "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL:nobody@example.org\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rin Example\r\nEND:VCARD\r\n";
        JsonNode report = ImportFiles.post("format=vcard", file.getBytes(StandardCharsets.UTF_8)).json();

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("record").asInt()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("field").asText()).isEqualTo("FN");
    }
}
