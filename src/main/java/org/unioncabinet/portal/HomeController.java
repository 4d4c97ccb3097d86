package org.unioncabinet.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.unioncabinet.login.MemberPrincipal;

/** The landing page: «Личный кабинет члена Профсоюза» with «Войти» and «Создать». */
@Controller
public class HomeController {

    @GetMapping("/")
    public String home(@AuthenticationPrincipal MemberPrincipal member) {
        return member == null ? "home" : "redirect:/cabinet";
    }
}
