package org.unioncabinet.account;

/** The e-mail belongs to an existing account (the instruction's «Данный email уже зарегистрирован в системе»). */
public class EmailAlreadyRegisteredException extends RuntimeException {

    public EmailAlreadyRegisteredException() {
        super("E-mail already registered");
    }
}
