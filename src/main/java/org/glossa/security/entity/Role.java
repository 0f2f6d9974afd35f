package org.glossa.security.entity;

/**
 * What an account may do. Each role is also the Jakarta Security group the caller is put in at sign-in,
 * and Payara's default principal-to-role mapping turns that group into the role of the same name.
 */
public enum Role {

    /** May do everything, in every locale. */
    OWNER(Names.OWNER),
    /** May work on the locales assigned to the account only. */
    TRANSLATOR(Names.TRANSLATOR);

    /** The role names as constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final class Names {
        public static final String OWNER = "owner";
        public static final String TRANSLATOR = "translator";

        private Names() {}
    }

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The group and role name: {@code owner} or {@code translator}. */
    public String roleName() {
        return roleName;
    }
}
