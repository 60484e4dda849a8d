/**
 * User accounts: registration, look-up and deletion of one's own account.
 * <p>
 * Rules: an e-mail address is registered at most once, compared and stored lower-cased; a password is 8-128
 * characters with at least one letter and one digit ({@link PasswordPolicy}) and is stored only as a PBKDF2
 * hash ({@link PasswordHashing}); no response ever carries a password or its hash. Deleting a user deletes
 * their posts and votes (database cascade).
 */
package org.example.observable.users;
