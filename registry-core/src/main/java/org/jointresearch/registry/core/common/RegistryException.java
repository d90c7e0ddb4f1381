package org.jointresearch.registry.core.common;

/**
 * A business rejection: the registry refuses a change or cannot find what was asked for. It is
 * an answer to the caller, never a crash; technical failures use other exceptions.
 */
public abstract sealed class RegistryException extends RuntimeException
        permits NotFoundException, StillReferencedException, VersionConflictException,
                DuplicateException, RuleViolationException {

    protected RegistryException(String message) {
        super(message);
    }
}
