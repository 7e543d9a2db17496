package dev.geoflight.agent.concurrent;

import dev.geoflight.agent.instrument.AdviceClassFiles;
import dev.geoflight.agent.instrument.TypePools;
import dev.geoflight.agent.runtime.TaskLayers;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatcher;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

/**
 * Layer scopes follow work handed to {@code java.util.concurrent}: ThreadPoolExecutor (and so
 * ScheduledThreadPoolExecutor and most executors), ForkJoinPool and CompletableFuture's async
 * stages. These JDK classes are loaded before the agent starts, so they are retransformed with
 * advice only: no field or method is added, no task is wrapped, results and exceptions pass unchanged.
 */
public final class ExecutorInstrumentation {

    private static final String PACKAGE = "java.util.concurrent.";

    private ExecutorInstrumentation() {
    }

    public static void install(Instrumentation instrumentation, AgentBuilder.Listener listener) {
        // java.base must read the bootstrap class path's unnamed module to call TaskLayers
        instrumentation.redefineModule(Object.class.getModule(), Set.of(TaskLayers.class.getModule()),
                Map.of(), Map.of(), Set.of(), Map.of());
        new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(listener)
                .ignore(none())
                .type(named(PACKAGE + "ThreadPoolExecutor")).transform(advice()
                        .advice(named("execute").and(takesArguments(Runnable.class)), Submitted.class.getName())
                        .advice(named("beforeExecute").and(takesArguments(Thread.class, Runnable.class)), WorkerBegins.class.getName())
                        .advice(named("afterExecute").and(takesArguments(Runnable.class, Throwable.class)), WorkerEnds.class.getName()))
                .type(named(PACKAGE + "ScheduledThreadPoolExecutor")).transform(advice()
                        .advice(named("delayedExecute").and(takesArguments(1)), Submitted.class.getName()))
                .type(named(PACKAGE + "ForkJoinTask")).transform(advice()
                        .advice(isConstructor(), Created.class.getName())
                        .advice(named("doExec").and(takesNoArguments()), Runs.class.getName()))
                .type(namedOneOf(PACKAGE + "CompletableFuture$AsyncSupply", PACKAGE + "CompletableFuture$AsyncRun",
                        PACKAGE + "CompletableFuture$Completion")).transform(advice()
                        .advice(run(), Runs.class.getName()))
                .installOn(instrumentation);
    }

    private static AgentBuilder.Transformer.ForAdvice advice() {
        return new AgentBuilder.Transformer.ForAdvice().with(TypePools.SHARED)
                .include(AdviceClassFiles.INSTANCE);
    }

    private static ElementMatcher<MethodDescription> run() {
        return named("run").and(takesNoArguments());
    }

    /** ThreadPoolExecutor.execute, ScheduledThreadPoolExecutor.delayedExecute: on the submitting thread. */
    static final class Submitted {
        private Submitted() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(0) Object task) {
            TaskLayers.submitted(task);
        }
    }

    /** Fork/join tasks, among them CompletableFuture's async stages, take the layers of the thread that makes them. */
    static final class Created {
        private Created() {
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.This Object task) {
            TaskLayers.capture(task);
        }
    }

    static final class WorkerBegins {
        private WorkerBegins() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.Argument(1) Object task) {
            TaskLayers.workerBegin(task);
        }
    }

    static final class WorkerEnds {
        private WorkerEnds() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter() {
            TaskLayers.workerEnd();
        }
    }

    /** ForkJoinTask.doExec and the run methods of CompletableFuture's tasks (for executors that call run). */
    static final class Runs {
        private Runs() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static long enter(@Advice.This Object task) {
            return TaskLayers.begin(task);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter long mark) {
            TaskLayers.end(mark);
        }
    }
}
