package dev.tsunagari.limits;

import dev.tsunagari.graph.QueryTimedOut;
import dev.tsunagari.http.ApiException;
import java.util.function.Supplier;

/**
 * A finder question the server ended at its time limit is the asker's to narrow, not the service's failure: a 422
 * problem naming the parameter that widens the search most, instead of a 5xx.
 */
public final class TooBroad {
    private TooBroad() {}

    public static <T> T guard(String parameter, String advice, Supplier<T> search) {
        try {
            return search.get();
        } catch (QueryTimedOut e) {
            throw ApiException.unprocessable(parameter, "the search ran longer than " + QueryTimedOut.seconds(e.limit())
                    + " and was stopped; " + advice);
        }
    }
}
