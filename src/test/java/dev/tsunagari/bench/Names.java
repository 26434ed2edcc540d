package dev.tsunagari.bench;

import java.util.List;

/** Made-up name parts and towns for generated people; every name also carries its number, so none looks real. */
final class Names {
    static final List<String> JA_FAMILY = List.of("空野", "星川", "月森", "風見", "雲井", "霧島", "花咲", "森野", "川瀬", "海野",
            "虹村", "雪平", "灯台", "鈴鳴", "若葉", "水無瀬", "朝霧", "夕凪", "青柳", "白砂");
    static final List<String> JA_GIVEN = List.of("ひなた", "そら", "あおい", "はると", "ゆい", "れん", "みお", "かい", "さくら",
            "りく", "つむぎ", "いつき", "こはる", "あさひ", "なぎ", "しずく", "ほたる", "ゆずは", "とわ", "るか");
    static final List<String> EN_GIVEN = List.of("Avery", "Rowan", "Juniper", "Sage", "Emery", "Quinn", "Harper",
            "Linden", "Marlo", "Wren", "Ellis", "Indigo", "Sorrel", "Tamsin", "Oakley", "Perrin", "Rue", "Sparrow");
    static final List<String> EN_FAMILY = List.of("Fieldstone", "Brookhollow", "Maplewood", "Ashgrove", "Quillfeather",
            "Lanternby", "Cobblestone", "Thistledown", "Wickham-Vale", "Mossbank", "Kettlewell", "Starling");
    static final List<String> TOWNS = List.of("Sakuragaoka", "Minamiura", "Kitahama", "Aozora-cho", "Hoshimi",
            "Tsukiyama", "Kazehaya", "Mizunomori", "Hikarizaka", "Yumeno");

    private Names() {}
}
