package org.example.observable.users;

/** The password rule: 8 to 128 characters, at least one letter and one digit. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidPasswordException} naming the first rule the password breaks. */
    public static void check(String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidPasswordException("must not be empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidPasswordException("must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (password.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidPasswordException("must contain at least one letter");
        }
        if (password.codePoints().noneMatch(Character::isDigit)) {
            throw new InvalidPasswordException("must contain at least one digit");
        }
    }
}
