package dev.tsunagari.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The kinds of person in the generated community: 2,000 of them, half Japanese ("陶芸講師") and half English
 * ("pottery teacher"), each a field joined with a role, drawn with Zipf frequencies (a few kinds are everywhere,
 * most are rare) so that searches range from a handful of matches to tens of thousands.
 */
final class Kinds {
    static final List<String> JA_FIELDS = List.of("陶芸", "料理", "ヨガ", "写真", "会計", "デザイン", "農業", "音楽", "介護",
            "保育", "英会話", "書道", "茶道", "着付け", "整体", "鍼灸", "美容", "ネイル", "生け花", "園芸", "木工", "革細工", "染物",
            "和菓子", "パン", "コーヒー", "日本酒", "ワイン", "旅行", "不動産", "保険", "税務", "法務", "人事", "広報", "営業", "起業",
            "プログラミング", "動画", "翻訳", "通訳", "占い", "瞑想", "登山", "釣り", "子育て", "防災", "地域づくり", "打楽器", "ダンス");
    static final List<String> JA_ROLES = List.of("講師", "作家", "コーチ", "職人", "コンサルタント", "プロデューサー", "店主",
            "研究者", "デザイナー", "アドバイザー", "ディレクター", "インストラクター", "カウンセラー", "ライター", "専門家", "支援者",
            "サポーター", "愛好家", "オーナー", "主宰");
    static final List<String> EN_FIELDS = List.of("pottery", "cooking", "yoga", "photography", "bookkeeping", "graphic",
            "farming", "music", "eldercare", "childcare", "language", "calligraphy", "tea", "kimono", "bodywork",
            "acupuncture", "beauty", "nailart", "flower", "garden", "woodworking", "leather", "dyeing", "confectionery",
            "baking", "coffee", "sake", "wine", "travel", "realestate", "insurance", "tax", "legal", "recruiting",
            "pr", "sales", "startup", "software", "video", "translation", "interpreting", "tarot", "meditation",
            "hiking", "fishing", "parenting", "preparedness", "community", "percussion", "dance");
    static final List<String> EN_ROLES = List.of("teacher", "writer", "coach", "maker", "consultant", "producer",
            "shopkeeper", "researcher", "designer", "adviser", "director", "instructor", "counselor", "blogger",
            "specialist", "supporter", "mentor", "enthusiast", "organizer", "founder");

    private final List<String> kinds = new ArrayList<>();
    private final double[] cumulative;

    Kinds(long seed, double exponent) {
        for (String field : JA_FIELDS) {
            for (String role : JA_ROLES) {
                kinds.add(field + role);
            }
        }
        for (String field : EN_FIELDS) {
            for (String role : EN_ROLES) {
                kinds.add(field + " " + role);
            }
        }
        Collections.shuffle(kinds, new java.util.Random(seed));
        cumulative = new double[kinds.size()];
        double sum = 0;
        for (int rank = 0; rank < kinds.size(); rank++) {
            sum += 1.0 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
    }

    List<String> all() {
        return kinds;
    }

    /** A kind drawn by Zipf frequency. */
    String draw(SplittableRandom random) {
        return kinds.get(Sampling.index(cumulative, random));
    }

    /** What someone would type to find a kind: the whole kind, or its field, or its role. */
    String searchWords(SplittableRandom random) {
        String kind = draw(random);
        int pick = random.nextInt(4);
        if (pick < 2) {
            return kind;
        }
        if (kind.contains(" ")) {
            return pick == 2 ? kind.substring(0, kind.indexOf(' ')) : kind.substring(kind.indexOf(' ') + 1);
        }
        for (String role : JA_ROLES) {
            if (kind.endsWith(role)) {
                return pick == 2 ? kind.substring(0, kind.length() - role.length()) : role;
            }
        }
        return kind;
    }
}
