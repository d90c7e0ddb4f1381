package org.jointresearch.registry.api.security;

/** A write that lacks the token of the session it rides on: sent by another site, or after the session ended. */
public final class ForgedRequestException extends RuntimeException {

    ForgedRequestException() {
        super("The form was not served to this browser by the registry, or the session it was served in has ended.");
    }
}
