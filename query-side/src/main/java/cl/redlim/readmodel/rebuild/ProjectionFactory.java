package cl.redlim.readmodel.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.core.MethodParameter;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Makes fresh instances of a projection's class, as Spring would, except that the {@link MongoDatabase} they get is
 * the one given (the shadow). A constructor parameter whose class itself needs the database (a store of our own,
 * like the OCDS store) is made fresh the same way; every other parameter (settings, clock) is the application's bean.
 * A class that reaches MongoDB any other way (a client, a collection bean) cannot be redirected, so it is refused.
 */
final class ProjectionFactory {

    private final AutowireCapableBeanFactory beans;

    ProjectionFactory(AutowireCapableBeanFactory beans) {
        this.beans = beans;
    }

    /** Why instances of this class cannot be redirected to shadow collections, or null when they can. */
    static String refusal(Class<?> type) {
        return refusal(type, new HashSet<>());
    }

    private static String refusal(Class<?> type, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return null;
        }
        for (Class<?> parameter : constructorOf(type).getParameterTypes()) {
            if (parameter == MongoClient.class || parameter == MongoCollection.class) {
                return type.getName() + " takes a " + parameter.getSimpleName() + ", which a rebuild cannot redirect";
            }
            if (needsDatabase(parameter)) {
                String nested = refusal(parameter, seen);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    Object create(Class<?> type, MongoDatabase database) {
        Constructor<?> constructor = constructorOf(type);
        Object[] args = new Object[constructor.getParameterCount()];
        Class<?>[] types = constructor.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            if (types[i] == MongoDatabase.class) {
                args[i] = database;
            } else if (needsDatabase(types[i])) {
                args[i] = create(types[i], database);
            } else {
                args[i] = beans.resolveDependency(new DependencyDescriptor(new MethodParameter(constructor, i), true),
                        null);
            }
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not make a fresh " + type.getName() + ": " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not make a fresh " + type.getName(), e);
        }
    }

    /** A class of ours that is built, directly or through another class of ours, with the read-model database. */
    static boolean needsDatabase(Class<?> type) {
        return needsDatabase(type, new HashSet<>());
    }

    private static boolean needsDatabase(Class<?> type, Set<Class<?>> seen) {
        if (type.isInterface() || type.isPrimitive() || Modifier.isAbstract(type.getModifiers())
                || !type.getName().startsWith("cl.redlim.") || !seen.add(type)) {
            return false;
        }
        return Arrays.stream(type.getDeclaredConstructors()).flatMap(c -> Arrays.stream(c.getParameterTypes()))
                .anyMatch(parameter -> parameter == MongoDatabase.class || needsDatabase(parameter, seen));
    }

    /** The constructor Spring uses: the @Autowired one, else the only one. */
    static Constructor<?> constructorOf(Class<?> type) {
        Constructor<?>[] all = type.getDeclaredConstructors();
        return Arrays.stream(all).filter(c -> c.isAnnotationPresent(Autowired.class)).findFirst()
                .orElseGet(() -> {
                    if (all.length != 1) {
                        throw new IllegalStateException(type.getName() + " has " + all.length
                                + " constructors and none is @Autowired: which one Spring uses is unclear");
                    }
                    return all[0];
                });
    }
}
