package cl.redlim.transparency.command.web;

import cl.redlim.platform.web.CommandSender;
import cl.redlim.transparency.api.RegisterHolidayCommand;
import cl.redlim.transparency.command.web.AccessRequestRequests.HolidayRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@Tag(name = "Holiday calendar commands", description = "Holidays declared by law after RedLIM's calendar was shipped")
class HolidayController {

    private final CommandSender commands;
    private final Clock clock;

    HolidayController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/v1/transparency/holidays")
    @Operation(summary = "Register a holiday with its legal source; open access requests recompute their deadlines")
    ResponseEntity<Void> register(@Valid @RequestBody HolidayRequest request) {
        return commands.done(new RegisterHolidayCommand(RegisterHolidayCommand.CHILE, request.date(), request.name(),
                request.legalSource(), clock.instant()));
    }
}
