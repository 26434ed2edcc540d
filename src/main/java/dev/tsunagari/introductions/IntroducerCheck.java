package dev.tsunagari.introductions;

import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A real introduction rests on the introducer knowing both sides. {@code via} must have a usable tie to the
 * requester and to the target (the finder's usable hop: KNOWS or TRUSTS, either direction, any strength, and a
 * context other than {@code card-exchange}: swapping cards is not knowing someone). A {@code vouched}
 * introduction asks more, because via stands behind both people: toward each side a tie of strength at least
 * {@value #VOUCHED_MIN_STRENGTH}, or a TRUSTS tie from via. Otherwise: 422, naming the side in plain words.
 */
final class IntroducerCheck {
    static final double VOUCHED_MIN_STRENGTH = 0.7;

    private IntroducerCheck() {}

    static void check(IntroductionRules.Checked in, List<IntroductionsRepository.Side> sides) {
        List<FieldError> errors = new ArrayList<>();
        for (IntroductionsRepository.Side side : sides) {
            String who = "the " + side.side() + " (" + (side.side().equals("requester") ? in.requester() : in.target()) + ")";
            String problem = problem(in, side, who);
            if (problem != null) {
                errors.add(new FieldError("via", problem));
            }
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(FieldError::message).toList());
            throw new ApiException(422, "/problems/introducer-does-not-know-both", "The introducer must know both sides",
                    detail, errors);
        }
    }

    private static String problem(IntroductionRules.Checked in, IntroductionsRepository.Side side, String who) {
        if (!side.anyTie()) {
            return in.via() + " does not know " + who + ": there is no KNOWS or TRUSTS tie between them";
        }
        if (side.strength() == null) {
            return in.via() + " has only exchanged business cards with " + who
                    + ", and a card exchange is not knowing someone";
        }
        if (IntroductionRules.VOUCHED.equals(in.mode()) && !side.trusts() && side.strength() < VOUCHED_MIN_STRENGTH) {
            return "a vouched introduction needs " + in.via() + " to know " + who + " well (a tie of strength "
                    + VOUCHED_MIN_STRENGTH + " or more, or a TRUSTS tie from " + in.via() + "), but the strongest tie is "
                    + side.strength() + "; ask for a light introduction instead";
        }
        return null;
    }
}
