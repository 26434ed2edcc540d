package dev.tsunagari.tiegraph;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The {@code why} of a route in plain words, in English or Japanese ({@code lang=ja}, or a browser that prefers
 * Japanese), and its weakest link: the lowest hop score; a link quiet for over a year is called out.
 */
public final class Explanations {
    static final int QUIET_DAYS = 365;
    private static final Map<String, String> JA_CONTEXT = Map.of(
            "card-exchange", "名刺交換", "met", "面識あり", "online", "オンライン", "worked-together", "仕事仲間",
            "friend", "友人", "family", "家族", "introduced", "紹介", "other", "その他");

    private Explanations() {}

    /** "ja" or "en": {@code lang} when given, else the first of {@code Accept-Language}. */
    public static String language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return lang.toLowerCase().startsWith("ja") ? "ja" : "en";
        }
        return acceptLanguage != null && acceptLanguage.toLowerCase().startsWith("ja") ? "ja" : "en";
    }

    public static Link weakest(List<Link> links) {
        return links.stream()
                .min(Comparator.comparingDouble(Link::score).thenComparing(Link::from).thenComparing(Link::to))
                .orElseThrow();
    }

    public static String why(List<String> people, List<Link> links, Map<String, String> names, Link weakest,
            boolean fan, LocalDate today, String lang) {
        boolean ja = "ja".equals(lang);
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < links.size(); k++) {
            Link link = links.get(k);
            String a = names.getOrDefault(people.get(k), people.get(k));
            String b = names.getOrDefault(people.get(k + 1), people.get(k + 1));
            parts.add(k == 0 ? first(b, link, today, ja) : between(a, b, link, ja));
        }
        String last = names.getOrDefault(people.get(people.size() - 1), "");
        String asker = names.getOrDefault(people.get(people.size() - 2), "");
        if (fan) {
            parts.add(ja ? last + "さんは" + asker + "さんのファン" : last + " is a fan of " + asker);
        }
        // Named in the order the path walks it, whatever direction the tie was stored in.
        int w = links.indexOf(weakest);
        String wa = names.getOrDefault(people.get(w), people.get(w));
        String wb = names.getOrDefault(people.get(w + 1), people.get(w + 1));
        parts.add((ja ? "いちばん弱いつながりは" + wa + "–" + wb : "weakest link " + wa + "–" + wb)
                + quiet(weakest, today, ja));
        return String.join(ja ? "。" : "; ", parts) + (ja ? "。" : "");
    }

    private static String first(String other, Link link, LocalDate today, boolean ja) {
        String context = link.context() == null ? ""
                : ja ? "（" + JA_CONTEXT.getOrDefault(link.context(), link.context()) + "）" : " (" + link.context() + ")";
        if (link.since() == null) {
            return (ja ? other + "さんと知り合い" : "you know " + other) + context;
        }
        String span = span(LocalDate.parse(link.since()), today, ja);
        return (ja ? other + "さんとは" + span + "の付き合い" : "you have known " + other + " for " + span) + context;
    }

    private static String between(String a, String b, Link link, boolean ja) {
        if ("TRUSTS".equals(link.type())) {
            return ja ? a + "さんと" + b + "さんは信頼関係にある" : a + " and " + b + " trust each other's word";
        }
        String context = link.context() == null ? "other" : link.context();
        if (ja) {
            return switch (context) {
                case "friend" -> a + "さんと" + b + "さんは友人";
                case "family" -> a + "さんと" + b + "さんは家族";
                case "worked-together" -> a + "さんは" + b + "さんと一緒に仕事をした";
                case "met" -> a + "さんは" + b + "さんと会ったことがある";
                case "online" -> a + "さんは" + b + "さんとオンラインでつながっている";
                case "introduced" -> a + "さんは" + b + "さんを紹介で知った";
                case "card-exchange" -> a + "さんは" + b + "さんと名刺交換しただけ";
                default -> a + "さんは" + b + "さんを知っている";
            };
        }
        return switch (context) {
            case "friend" -> a + " and " + b + " are friends";
            case "family" -> a + " and " + b + " are family";
            case "worked-together" -> a + " worked with " + b;
            case "met" -> a + " has met " + b;
            case "online" -> a + " knows " + b + " online";
            case "introduced" -> a + " was introduced to " + b;
            case "card-exchange" -> a + " only swapped cards with " + b;
            default -> a + " knows " + b;
        };
    }

    private static String quiet(Link link, LocalDate today, boolean ja) {
        if (link.lastContact() == null) {
            return ja ? "（連絡の記録なし）" : ", no contact on record";
        }
        LocalDate last = LocalDate.parse(link.lastContact());
        if (last.plusDays(QUIET_DAYS).isAfter(today)) {
            return "";
        }
        String ago = span(last, today, ja);
        return ja ? "（最後の連絡は" + ago + "前）" : ", last contact " + ago + " ago";
    }

    public static String span(LocalDate from, LocalDate today, boolean ja) {
        Period p = Period.between(from, today.isBefore(from) ? from : today);
        long months = p.toTotalMonths();
        if (months >= 24 || (months >= 12 && months % 12 == 0)) {
            long years = months / 12;
            return ja ? years + "年" : years + (years == 1 ? " year" : " years");
        }
        if (months >= 1) {
            return ja ? months + "か月" : months + (months == 1 ? " month" : " months");
        }
        return ja ? "1か月未満" : "less than a month";
    }
}
