package org.unioncabinet.registry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;

/** «Новый демонстрационный член Профсоюза» on the development mailbox page (only with the demo registry). */
@Controller
@ConditionalOnProperty(name = "cabinet.registry.demo-data", havingValue = "true")
class DemoMemberController {

    private final DemoMembers demoMembers;

    DemoMemberController(DemoMembers demoMembers) {
        this.demoMembers = demoMembers;
    }

    @PostMapping("/demo/members")
    String add(Model model) {
        model.addAttribute("member", demoMembers.add());
        return "registry/demo-member";
    }
}
