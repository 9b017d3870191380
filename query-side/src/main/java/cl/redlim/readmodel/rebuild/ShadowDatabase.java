package cl.redlim.readmodel.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@link MongoDatabase} a projection is constructed with while it is rebuilt: {@code getCollection(name, ...)}
 * answers the collection the mapping names instead (the shadow collection, or the live one for a collection the
 * projection only reads). A projection may only open collections through it: anything else that could touch the
 * live data set (drop, commands, aggregations over the database) is refused.
 */
final class ShadowDatabase {

    /** Methods that only describe the database or its settings. */
    private static final Set<String> HARMLESS = Set.of("getName", "getCodecRegistry", "getReadPreference",
            "getWriteConcern", "getReadConcern", "getTimeout");

    private ShadowDatabase() {
    }

    /** A database whose collections are the real ones of {@code live} under the names {@code names} gives. */
    static MongoDatabase mapping(MongoDatabase live, UnaryOperator<String> names) {
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[]{MongoDatabase.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args, "shadow of " + live.getName());
                    }
                    String name = method.getName();
                    if ((name.equals("getCollection") || name.equals("createCollection"))
                            && args != null && args.length > 0 && args[0] instanceof String collection) {
                        Object[] mapped = args.clone();
                        mapped[0] = names.apply(collection);
                        return call(method, live, mapped);
                    }
                    if (name.startsWith("with") && method.getReturnType() == MongoDatabase.class) {
                        return mapping((MongoDatabase) call(method, live, args), names);
                    }
                    if (HARMLESS.contains(name)) {
                        return call(method, live, args);
                    }
                    throw new UnsupportedOperationException("A projection being rebuilt may only open collections; "
                            + "MongoDatabase." + name + " is not available to it");
                });
    }

    /**
     * A database that only notes the names of the collections opened, and answers inert collections: to learn
     * which collections a projection's constructor opens without touching any data.
     */
    static MongoDatabase recording(Set<String> opened) {
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[]{MongoDatabase.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args, "recording database");
                    }
                    if (method.getName().equals("getCollection") && args != null && args[0] instanceof String c) {
                        opened.add(c);
                        return inertCollection(c);
                    }
                    if (method.getReturnType() == MongoDatabase.class) {
                        return proxy;
                    }
                    return defaultValue(method.getReturnType());
                });
    }

    private static MongoCollection<?> inertCollection(String name) {
        return (MongoCollection<?>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[]{MongoCollection.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(proxy, method, args, "inert collection " + name);
                    }
                    if (method.getReturnType() == MongoCollection.class) {
                        return proxy;
                    }
                    if (method.getReturnType() == String.class) {
                        return name;
                    }
                    return defaultValue(method.getReturnType());
                });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, String description) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> description;
        };
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
