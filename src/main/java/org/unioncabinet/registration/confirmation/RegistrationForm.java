package org.unioncabinet.registration.confirmation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.unioncabinet.account.EmailAddress;

/**
 * «Создать личный кабинет»: what the member types; messages appear at the field. The address's own rules
 * ({@link EmailAddress#violation}) are checked by the controller, each with its own message.
 */
public class RegistrationForm {

    @NotBlank(message = "Введите адрес электронной почты.")
    @Size(max = EmailAddress.MAX_LENGTH, message = "Адрес электронной почты слишком длинный.")
    private String email = "";

    private String password = "";

    private String passwordRepeat = "";

    @AssertTrue(message = "Чтобы создать личный кабинет, дайте согласие на использование аналога собственноручной подписи.")
    private boolean signatureAgreementAccepted;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat == null ? "" : passwordRepeat;
    }

    public boolean isSignatureAgreementAccepted() {
        return signatureAgreementAccepted;
    }

    public void setSignatureAgreementAccepted(boolean signatureAgreementAccepted) {
        this.signatureAgreementAccepted = signatureAgreementAccepted;
    }
}
