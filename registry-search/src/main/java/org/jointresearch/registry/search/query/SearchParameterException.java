package org.jointresearch.registry.search.query;

/** A search parameter the registry cannot act on (an unknown sort, a malformed cursor, a text too long). */
public class SearchParameterException extends RuntimeException {

    private final String parameter;

    public SearchParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter as the caller named it, e.g. {@code sort}. */
    public String parameter() {
        return parameter;
    }
}
