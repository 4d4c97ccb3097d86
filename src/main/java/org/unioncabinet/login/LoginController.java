package org.unioncabinet.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** «Войти»: the form only; Spring Security handles the POST (see {@link MemberPortalSecurity}). */
@Controller
public class LoginController {

    @GetMapping("/login")
    public String login() {
        return "account/login";
    }
}
