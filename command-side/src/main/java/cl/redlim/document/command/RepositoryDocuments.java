package cl.redlim.document.command;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class RepositoryDocuments implements Documents {

    private final Repository<Document> documents;

    RepositoryDocuments(@Qualifier("documentRepository") Repository<Document> documents) {
        this.documents = documents;
    }

    @Override
    public Optional<DocumentSnapshot> find(String documentId) {
        try {
            return Optional.of(documents.load(documentId).invoke(Document::snapshot));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            return Optional.empty();
        }
    }
}
