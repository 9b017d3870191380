package cl.redlim.territory.command.web;

import cl.redlim.kernel.CommuneCode;
import cl.redlim.territory.api.ClassifyCommuneCommand;
import cl.redlim.territory.api.CommuneGroup;
import cl.redlim.territory.api.Rurality;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import cl.redlim.platform.web.CommandSender;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@RequestMapping("/api/v1/territory/communes")
@Tag(name = "Territory commands", description = "Administrators register how each commune is classified")
class CommuneClassificationController {

    private final CommandSender commands;
    private final Clock clock;

    CommuneClassificationController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** @param group SUBDERE group 1 (large metropolitan) to 5 (semi-urban and rural, low development) */
    record ClassificationRequest(@NotNull @Min(1) @Max(5) Integer group, @NotNull Rurality rurality) {
    }

    @PutMapping("/{cut}/classification")
    @Operation(summary = "Register or correct a commune's SUBDERE group and rurality")
    ResponseEntity<Void> classify(@PathVariable @Pattern(regexp = "\\d{5}", message = "must be a 5-digit CUT code") String cut,
                                  @Valid @RequestBody ClassificationRequest request) {
        return commands.done(new ClassifyCommuneCommand(CommuneCode.of(cut), CommuneGroup.of(request.group()),
                request.rurality(), clock.instant()));
    }
}
