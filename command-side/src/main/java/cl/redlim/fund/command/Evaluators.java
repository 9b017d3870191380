package cl.redlim.fund.command;

import cl.redlim.kernel.CommuneCode;

/** Whether an evaluator may score a commune's application, from their own declaration. */
interface Evaluators {

    enum Standing { NOT_DECLARED, TIED, FREE }

    Standing standing(String evaluatorId, CommuneCode commune);
}
