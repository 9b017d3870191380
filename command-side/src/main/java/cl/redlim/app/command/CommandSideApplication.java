package cl.redlim.app.command;

import cl.redlim.platform.Launcher;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side alone: aggregates and the command API, against Axon Server (the production topology). */
@SpringBootApplication(scanBasePackages = "cl.redlim")
public class CommandSideApplication {

    public static void main(String[] args) {
        Launcher.launch(CommandSideApplication.class, args);
    }
}
