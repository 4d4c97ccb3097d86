package org.unioncabinet.deployment;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The languages the engine gives a decision's expressions that name none. In Camunda 7.24 all four are FEEL, unless
 * the engine runs with {@code dmnFeelEnableLegacyBehavior}: then input expressions, output entries and literal
 * expressions default to JUEL, which reaches Spring beans. They are read from the engine, not assumed.
 */
record DmnDefaults(String inputExpression, String inputEntry, String outputEntry, String literalExpression) {

    /** Empty when the engine has no DMN: decision tables are then stored as files and never evaluated. */
    static DmnDefaults of(ProcessEngineConfigurationImpl engine) {
        DefaultDmnEngineConfiguration dmn = engine.getDmnEngineConfiguration();
        if (!engine.isDmnEnabled() || dmn == null) {
            return null;
        }
        return new DmnDefaults(dmn.getDefaultInputExpressionExpressionLanguage(),
                dmn.getDefaultInputEntryExpressionLanguage(), dmn.getDefaultOutputEntryExpressionLanguage(),
                dmn.getDefaultLiteralExpressionLanguage());
    }
}
