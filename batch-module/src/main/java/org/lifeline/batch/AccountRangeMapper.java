package org.lifeline.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.lifeline.compliance.CodeAudit;

/**
 * Splits the accounts into ranges of about the same size, one partition each. The split counts only accounts
 * created before the run's window ends, so a restarted run gets the same ranges back.
 */
@Named
@Dependent
public class AccountRangeMapper implements PartitionMapper {

    /** Partition property: the range starts after this id ("" for the first). */
    static final String AFTER = "after";
    /** Partition property: the range ends with this id (absent for the last). */
    static final String UP_TO = "upTo";

    @EJB
    CodeAudit codes;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> bounds = codes.rangeBounds(
                RunWindows.positive(partitions, "partitions"),
                RunWindows.of(job).until());
        List<Properties> ranges = new ArrayList<>();
        String after = "";
        for (String bound : bounds) {
            ranges.add(range(after, bound));
            after = bound;
        }
        ranges.add(range(after, null));
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        plan.setPartitionProperties(ranges.toArray(Properties[]::new));
        return plan;
    }

    private static Properties range(String after, String upTo) {
        Properties range = new Properties();
        range.setProperty(AFTER, after);
        if (upTo != null) {
            range.setProperty(UP_TO, upTo);
        }
        return range;
    }
}
