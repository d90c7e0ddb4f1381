package org.jointresearch.registry.core.account;

/** What an account may do: administrators keep the whole registry; researchers their own projects and profile. */
public enum Role {
    ADMIN,
    RESEARCHER
}
