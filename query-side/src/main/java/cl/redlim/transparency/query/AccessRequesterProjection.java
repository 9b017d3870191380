package cl.redlim.transparency.query;

import cl.redlim.kernel.DomainException;
import cl.redlim.kernel.ErrorCode;
import cl.redlim.transparency.api.AccessRequesterIdentifiedEvent;
import cl.redlim.transparency.api.AccessRequesterView;
import cl.redlim.transparency.api.FindAccessRequesterQuery;
import cl.redlim.transparency.api.RequesterContact;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Who made each request: personal data (Ley 19.628), in a collection of its own that only the auditor's query
 * reads. No public endpoint reaches it.
 */
@Component
@ProcessingGroup("transparency-access-requesters")
class AccessRequesterProjection {

    static final String COLLECTION = "transparency_access_requesters_personal";

    private final MongoCollection<Document> requesters;

    AccessRequesterProjection(MongoDatabase readModelDatabase) {
        this.requesters = readModelDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(AccessRequesterIdentifiedEvent e) {
        RequesterContact r = e.requester();
        requesters.replaceOne(Filters.eq("_id", e.requestId()), new Document("_id", e.requestId())
                .append("name", r.name()).append("email", r.email()).append("phone", r.phone())
                .append("postalAddress", r.postalAddress()), new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    AccessRequesterView handle(FindAccessRequesterQuery query) {
        Document d = requesters.find(Filters.eq("_id", query.requestId())).first();
        if (d == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No access request " + query.requestId());
        }
        return new AccessRequesterView(query.requestId(), new RequesterContact(d.getString("name"),
                d.getString("email"), d.getString("phone"), d.getString("postalAddress")));
    }
}
