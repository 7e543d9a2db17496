package dev.geoflight.agent.repository;

import dev.geoflight.agent.config.ClassGlob;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.List;

/** Classes named by the {@code repositories} option's globs. */
final class GlobRepositories {

    private GlobRepositories() {
    }

    static ElementMatcher<TypeDescription> types(List<ClassGlob> globs) {
        List<ClassGlob> copy = List.copyOf(globs);
        return type -> {
            for (ClassGlob glob : copy) {
                if (glob.matches(type.getName())) {
                    return true;
                }
            }
            return false;
        };
    }
}
