package dev.geoflight.agent.instrument;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.pool.TypePool;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * One type-description cache per class loader, shared by every matcher and advice transformer.
 * ByteBuddy's default parses class files again for each class it transforms, which made start-up
 * seconds slower. Caches hold their entries through soft references and their loaders weakly:
 * the JVM may reclaim both, so the cache never keeps a redeployed application alive or grows
 * past what memory allows.
 */
public final class TypePools extends AgentBuilder.PoolStrategy.WithTypePoolCache {

    public static final TypePools SHARED = new TypePools();

    private final Map<ClassLoader, TypePool.CacheProvider> caches = Collections.synchronizedMap(new WeakHashMap<>());
    private final TypePool.CacheProvider bootstrap = new TypePool.CacheProvider.Simple.UsingSoftReference();

    private TypePools() {
        super(TypePool.Default.ReaderMode.FAST);
    }

    @Override
    protected TypePool.CacheProvider locate(ClassLoader loader) {
        return loader == null ? bootstrap : caches.computeIfAbsent(loader, ignored -> new TypePool.CacheProvider.Simple.UsingSoftReference());
    }
}
