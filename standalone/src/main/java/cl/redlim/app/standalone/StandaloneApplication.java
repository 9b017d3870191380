package cl.redlim.app.standalone;

import cl.redlim.platform.Launcher;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The one-command default: command side and query side in one JVM, events in an H2 file, read models and tracking
 * tokens in an embedded MongoDB wire-protocol server, both under one data folder.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "cl.redlim", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        // the two production apps are libraries here; their own @SpringBootApplication classes stay out
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "cl\\.redlim\\.app\\.(command|query)\\..*")})
public class StandaloneApplication {

    public static void main(String[] args) {
        Launcher.launch(StandaloneApplication.class, args);
    }
}
