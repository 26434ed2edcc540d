package dev.tsunagari.cli;

import dev.tsunagari.finder.Answer;
import dev.tsunagari.finder.Link;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The intermediaries of an answer as a terminal table, one line per target reached, the intermediary and its score
 * on the first of its lines: intermediary, score, target, hops, weakest link (names and hop score), why. Direct
 * contacts who are targets come first, on one line.
 */
final class AnswerTable {
    private static final List<String> HEADER_EN = List.of("intermediary", "score", "target", "hops", "weakest link", "why");
    private static final List<String> HEADER_JA = List.of("仲介者", "スコア", "相手", "ホップ", "いちばん弱いつながり", "理由");

    private AnswerTable() {}

    static void print(Answer answer, boolean ja, PrintWriter out) {
        if (!answer.direct().isEmpty()) {
            List<String> direct = new ArrayList<>();
            answer.direct().forEach(d -> direct.add(d.person().name() + " " + score(d.score())));
            out.println((ja ? "直接の知り合い: " : "Direct contacts: ") + String.join(ja ? "、" : ", ", direct));
        }
        if (answer.intermediaries().isEmpty()) {
            out.println(ja ? "紹介を頼める人は見つかりませんでした。" : "No one found to ask for an introduction.");
        } else {
            TextTable table = new TextTable(ja ? HEADER_JA : HEADER_EN);
            for (Answer.Intermediary i : answer.intermediaries()) {
                boolean first = true;
                for (Answer.Target t : i.targets()) {
                    table.row(List.of(first ? i.person().name() : "", first ? score(i.score()) : "",
                            t.person().name(), String.valueOf(t.hops()), weakest(t), t.why()));
                    first = false;
                }
            }
            table.print(out);
        }
        if (!answer.complete()) {
            out.println(ja ? "(探索の上限に達したため、答えは一部です)" : "(a work bound cut the search short: the answer is partial)");
        }
        out.flush();
    }

    private static String weakest(Answer.Target t) {
        Map<String, String> names = new HashMap<>();
        t.path().forEach(p -> names.put(p.id(), p.name()));
        Link w = t.weakestLink();
        return names.getOrDefault(w.from(), w.from()) + "–" + names.getOrDefault(w.to(), w.to()) + " " + score(w.score());
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
