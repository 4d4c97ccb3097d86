package org.unioncabinet.system;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;

/**
 * A node's job executor for a race of nodes: the engine's own acquisition and execution (Camunda's
 * {@link DefaultJobExecutor}), remembering which jobs this node acquired. It only takes jobs at or above a
 * priority, so jobs other tests left in the shared test database stay where they are. Tests keep the job
 * executor off (support.Jobs); this one runs between {@link #start()} and {@link #close()} and then gives
 * the engine its own executor back.
 */
final class RacingJobExecutor extends DefaultJobExecutor implements AutoCloseable {

    private final Set<String> acquired = ConcurrentHashMap.newKeySet();
    private final ProcessEngineImpl engine;
    private final ProcessEngineConfigurationImpl configuration;
    private final long minimumPriority;
    private JobExecutor replaced;
    private long replacedMinimum;

    RacingJobExecutor(ProcessEngine engine, long minimumPriority) {
        this.engine = (ProcessEngineImpl) engine;
        this.configuration = this.engine.getProcessEngineConfiguration();
        this.minimumPriority = minimumPriority;
        // one job per acquisition: the nodes take turns at the backlog instead of one node taking it in batches
        setMaxJobsPerAcquisition(1);
        setWaitTimeInMillis(50);
        // what the engine gives the executor it makes at start-up (ProcessEngineConfigurationImpl.initJobExecutor)
        setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
    }

    @Override
    public void start() {
        replaced = configuration.getJobExecutor();
        replacedMinimum = configuration.getJobExecutorPriorityRangeMin();
        // the engine runs an acquired job through its configuration's executor: that must be this one
        configuration.setJobExecutor(this);
        configuration.setJobExecutorPriorityRangeMin(minimumPriority);
        registerProcessEngine(engine);
        super.start();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        acquired.addAll(jobIds);
        super.executeJobs(jobIds, processEngine);
    }

    /** The ids of the jobs this node acquired (and so ran). */
    Set<String> acquired() {
        return Set.copyOf(acquired);
    }

    @Override
    public void close() {
        shutdown();
        unregisterProcessEngine(engine);
        configuration.setJobExecutor(replaced);
        configuration.setJobExecutorPriorityRangeMin(replacedMinimum);
    }
}
