package org.alliancetracker.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import at.favre.lib.crypto.bcrypt.BCrypt;
import me.gosimple.nbvcxz.Nbvcxz;

/**
 * Password rules and hashing: 12 to 64 characters, no composition rules, and no password that appears in lists of
 * common passwords or follows a pattern that is guessed at once (NIST SP 800-63B). Hashes are bcrypt, cost 12.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    static final int BCRYPT_COST = 12;
    /** Below this estimate (about a billion guesses) a password is in the first lists an attacker tries. */
    static final double MIN_ENTROPY_BITS = 30;

    private static final Nbvcxz ESTIMATOR = new Nbvcxz();

    private Passwords() {
    }

    /** What is wrong with the password, as messages for the form; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("A password is required.");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("Use at least " + MIN_LENGTH + " characters; a few words make a good password.");
        } else if (length > MAX_LENGTH) {
            problems.add("Use at most " + MAX_LENGTH + " characters.");
        } else if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("The password must not contain the user name.");
        } else if (ESTIMATOR.estimate(password).getEntropy() < MIN_ENTROPY_BITS) {
            problems.add("This password is too common or too easy to guess. Try a few unrelated words.");
        }
        return problems;
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(BCRYPT_COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        if (password == null || hash == null || password.length() > MAX_LENGTH * 2) {
            return false;
        }
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** A hash to verify against when the account does not exist, so that timing does not reveal which names exist. */
    static final String DUMMY_HASH = hash("no account has this password 7f3a");
}
