package org.unioncabinet.deployment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.unioncabinet.system.DiagramVariables;

/**
 * The vocabulary of the running application. The engine deploys the diagrams of {@code processes/} while its own
 * bean is being created, long before most delegates exist: so beans are looked at by their type only, never
 * created, and the variable beans (which need nothing) are the only ones this may instantiate.
 */
@Component
class ApplicationVocabulary implements ModelVocabulary {

    private final ListableBeanFactory beans;

    ApplicationVocabulary(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public Set<String> variables() {
        Set<String> names = new TreeSet<>();
        beans.getBeansOfType(DiagramVariables.class, false, false).values()
                .forEach(variables -> names.addAll(variables.names()));
        return names;
    }

    @Override
    public Optional<Class<?>> beanType(String name) {
        if (!beans.containsBean(name)) {
            return Optional.empty();
        }
        Class<?> type = beans.getType(name, false);
        return Optional.ofNullable(type).map(ClassUtils::getUserClass);
    }

    @Override
    public boolean isOwnCode(Class<?> type) {
        List<String> packages = AutoConfigurationPackages.get(beans);
        return packages.stream().anyMatch(own -> type.getName().startsWith(own + "."));
    }
}
