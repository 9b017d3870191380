package cl.redlim.fund.command.web;

import cl.redlim.fund.api.DeclareEvaluatorInterestsCommand;
import cl.redlim.fund.command.web.FundApplicationRequests.InterestsRequest;
import cl.redlim.kernel.CommuneCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/v1/fund-evaluators")
@Tag(name = "Fund evaluator commands", description = "Evaluators declare their ties before they score")
class FundEvaluatorController {

    private final CommandSender commands;
    private final Clock clock;

    FundEvaluatorController(CommandSender commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PutMapping("/{evaluatorId}/interests")
    @Operation(summary = "Declare (or re-declare) the municipalities an evaluator is tied to")
    ResponseEntity<Void> declare(@PathVariable @Pattern(regexp = FundApplicationRequests.EVALUATOR_ID,
                                         message = FundApplicationRequests.EVALUATOR_ID_MESSAGE) String evaluatorId,
                                 @Valid @RequestBody InterestsRequest request) {
        return commands.done(new DeclareEvaluatorInterestsCommand(evaluatorId, request.name(),
                request.tiedCommunes().stream().map(CommuneCode::of).toList(), clock.instant()));
    }
}
