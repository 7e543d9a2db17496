package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.CallEnterAdvice;
import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.instrument.OperationId;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.agent.runtime.IndexSizes;
import dev.geoflight.agent.runtime.OperationKind;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.index.strtree.AbstractSTRtree;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.List;

import static dev.geoflight.agent.jts.JtsTypes.argument;
import static dev.geoflight.agent.jts.JtsTypes.instanceMethods;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

/**
 * Spatial indexes: {@code query} becomes an IndexQuery event, {@code build} an IndexBuild event.
 * Index size is known cheaply for HPRtree and for STRtree (remembered at build); Quadtree and
 * KdTree can only count by walking the tree, so their size is reported as -1.
 */
public final class IndexInstrumentation {

    private static final String ENVELOPE = "org.locationtech.jts.geom.Envelope";

    private IndexInstrumentation() {
    }

    public static List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>();
        for (String index : List.of("strtree.STRtree", "quadtree.Quadtree", "hprtree.HPRtree", "kdtree.KdTree")) {
            String type = "org.locationtech.jts.index." + index;
            String name = index.substring(index.indexOf('.') + 1);
            ElementMatcher.Junction<MethodDescription> query = instanceMethods("query").and(argument(0, ENVELOPE));
            hooks.add(queryHook(type, name, query.and(takesArguments(1)).and(returns(named("java.util.List"))), ListQuery.class));
            hooks.add(queryHook(type, name, query.and(takesArguments(2)), VisitorQuery.class));
        }
        hooks.add(buildHook("org.locationtech.jts.index.strtree.AbstractSTRtree", "STRtree", StrTreeBuild.class, StrTreeBuild.class));
        hooks.add(buildHook("org.locationtech.jts.index.hprtree.HPRtree", "HPRtree", HprTreeBuild.class, HprTreeBuild.class));
        return hooks;
    }

    private static Hook queryHook(String type, String index, ElementMatcher<? super MethodDescription> methods, Class<?> advice) {
        return Hook.of(named(type), index, OperationKind.INDEX_QUERY, index, "", methods, CallEnterAdvice.class, advice);
    }

    private static Hook buildHook(String type, String index, Class<?> enter, Class<?> exit) {
        return Hook.of(named(type), index, OperationKind.INDEX_BUILD, index, "", instanceMethods("build").and(takesNoArguments()),
                enter, exit);
    }

    static final class ListQuery {
        private ListQuery() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This Object self, @Advice.Argument(0) Envelope window,
                         @Advice.Return List<?> result) {
            if (Calls.exit(state) && window != null) {
                Calls.indexQuery(state, window.getMinX(), window.getMinY(), window.getMaxX(), window.getMaxY(),
                        result == null ? -1 : result.size(),
                        self instanceof HPRtree ? ((HPRtree) self).size() : IndexSizes.of(self));
            }
        }
    }

    /** Results handed to a visitor or the caller's list cannot be counted without touching them. */
    static final class VisitorQuery {
        private VisitorQuery() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This Object self, @Advice.Argument(0) Envelope window) {
            if (Calls.exit(state) && window != null) {
                Calls.indexQuery(state, window.getMinX(), window.getMinY(), window.getMaxX(), window.getMaxY(), -1,
                        self instanceof HPRtree ? ((HPRtree) self).size() : IndexSizes.of(self));
            }
        }
    }

    /**
     * Declared by AbstractSTRtree; only STRtree's builds are reported (SIRtree is not a spatial index).
     * The item count is taken before the build, which releases its item list; counting afterwards
     * would walk the tree (and re-enter the instrumented build).
     */
    static final class StrTreeBuild {
        private StrTreeBuild() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static ThreadState enter(@OperationId int operationId, @Advice.This AbstractSTRtree self,
                                 @Advice.FieldValue("built") boolean built, @Advice.FieldValue("itemBoundables") List<?> pending) {
            if (built) {
                // every query calls build(): on a built tree it does nothing, and costs no thread lookup here
                return null;
            }
            if (pending != null && self instanceof STRtree) {
                IndexSizes.remember(self, pending.size());
            }
            return Calls.enter(operationId);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This AbstractSTRtree self) {
            if (Calls.exit(state) && self instanceof STRtree) {
                Calls.indexBuild(state, IndexSizes.of(self));
            }
        }
    }

    static final class HprTreeBuild {
        private HprTreeBuild() {
        }

        /** As for STRtree: each query calls build(), a no-op once built (1.3 M nested calls in a 4 s demo run). */
        @Advice.OnMethodEnter(suppress = Throwable.class)
        static ThreadState enter(@OperationId int operationId, @Advice.FieldValue("isBuilt") boolean built) {
            return built ? null : Calls.enter(operationId);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This HPRtree self) {
            if (Calls.exit(state)) {
                Calls.indexBuild(state, self.size());
            }
        }
    }
}
