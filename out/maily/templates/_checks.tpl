{{/*
maily.checks: renders nothing, or fails naming the values key that is missing or
breaks a cross-field rule. Every object template includes it first; the checks run once per
render (the first include marks the release map, which every template of the chart shares).
Usage: {{- include "maily.checks" $ }}
*/}}
{{- define "maily.checks" -}}
{{- $mark := printf "mailyChecksRan:%s" $.Template.BasePath }}
{{- if not (hasKey $.Release $mark) }}
{{- $_ := set $.Release $mark true }}
{{- if kindIs "invalid" (index $.Values "enabled") }}
{{- fail "values key enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "nameOverride") }}
{{- fail "values key nameOverride is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "fullnameOverride") }}
{{- fail "values key fullnameOverride is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "global") }}
{{- fail "values key global is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "global") "environment") }}
{{- fail "values key global.environment is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "global") "imageRegistry") }}
{{- fail "values key global.imageRegistry is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "global") "imagePullSecrets") }}
{{- fail "values key global.imagePullSecrets is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "global") "existingSecret") }}
{{- fail "values key global.existingSecret is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "global") "commonLabels") }}
{{- fail "values key global.commonLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "global") "commonAnnotations") }}
{{- fail "values key global.commonAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "api") }}
{{- fail "values key api is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "enabled") }}
{{- fail "values key api.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "replicaCount") }}
{{- fail "values key api.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "image") }}
{{- fail "values key api.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "image") "repository") }}
{{- fail "values key api.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "image") "tag") }}
{{- fail "values key api.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "image") "pullPolicy") }}
{{- fail "values key api.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "image") "digest") }}
{{- fail "values key api.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "resources") }}
{{- fail "values key api.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "resources") "requests") }}
{{- fail "values key api.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "resources" "requests") "cpu") }}
{{- fail "values key api.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "resources" "requests") "memory") }}
{{- fail "values key api.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "resources") "limits") }}
{{- fail "values key api.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "resources" "limits") "cpu") }}
{{- fail "values key api.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "resources" "limits") "memory") }}
{{- fail "values key api.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "autoscaling") }}
{{- fail "values key api.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "autoscaling") "enabled") }}
{{- fail "values key api.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "autoscaling") "minReplicas") }}
{{- fail "values key api.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "autoscaling") "maxReplicas") }}
{{- fail "values key api.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key api.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key api.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "autoscaling") "behavior") }}
{{- fail "values key api.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "podDisruptionBudget") }}
{{- fail "values key api.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "podDisruptionBudget") "enabled") }}
{{- fail "values key api.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key api.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "livenessProbe") }}
{{- fail "values key api.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key api.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "livenessProbe") "periodSeconds") }}
{{- fail "values key api.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key api.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "livenessProbe") "failureThreshold") }}
{{- fail "values key api.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "readinessProbe") }}
{{- fail "values key api.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key api.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "readinessProbe") "periodSeconds") }}
{{- fail "values key api.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key api.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "readinessProbe") "failureThreshold") }}
{{- fail "values key api.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "env") }}
{{- fail "values key api.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "secretEnv") }}
{{- fail "values key api.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "reloadOnSecretChange") }}
{{- fail "values key api.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "secretsAsFiles") }}
{{- fail "values key api.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "optionalSecretEnv") }}
{{- fail "values key api.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "podAnnotations") }}
{{- fail "values key api.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "podSecurityContext") }}
{{- fail "values key api.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "podSecurityContext") "runAsUser") }}
{{- fail "values key api.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "podSecurityContext") "runAsGroup") }}
{{- fail "values key api.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "podSecurityContext") "fsGroup") }}
{{- fail "values key api.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "tmpSizeLimit") }}
{{- fail "values key api.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "nodeSelector") }}
{{- fail "values key api.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "tolerations") }}
{{- fail "values key api.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "affinity") }}
{{- fail "values key api.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "podLabels") }}
{{- fail "values key api.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "serviceAccount") }}
{{- fail "values key api.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "serviceAccount") "create") }}
{{- fail "values key api.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "serviceAccount") "name") }}
{{- fail "values key api.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "serviceAccount") "annotations") }}
{{- fail "values key api.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "topologySpread") }}
{{- fail "values key api.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "topologySpreadConstraints") }}
{{- fail "values key api.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "priorityClassName") }}
{{- fail "values key api.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "terminationGracePeriodSeconds") }}
{{- fail "values key api.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "preStopSleepSeconds") }}
{{- fail "values key api.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "extraEnvFrom") }}
{{- fail "values key api.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "extraVolumes") }}
{{- fail "values key api.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "extraVolumeMounts") }}
{{- fail "values key api.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "initContainers") }}
{{- fail "values key api.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "sidecars") }}
{{- fail "values key api.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "revisionHistoryLimit") }}
{{- fail "values key api.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "containerPort") }}
{{- fail "values key api.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "service") }}
{{- fail "values key api.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "service") "type") }}
{{- fail "values key api.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "service") "port") }}
{{- fail "values key api.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "service") "annotations") }}
{{- fail "values key api.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "extraPorts") }}
{{- fail "values key api.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api") "route") }}
{{- fail "values key api.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "route") "hosts") }}
{{- fail "values key api.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "route") "paths") }}
{{- fail "values key api.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "route") "requestTimeout") }}
{{- fail "values key api.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "api" "route") "tlsSecretName") }}
{{- fail "values key api.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "web") }}
{{- fail "values key web is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "enabled") }}
{{- fail "values key web.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "replicaCount") }}
{{- fail "values key web.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "image") }}
{{- fail "values key web.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "image") "repository") }}
{{- fail "values key web.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "image") "tag") }}
{{- fail "values key web.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "image") "pullPolicy") }}
{{- fail "values key web.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "image") "digest") }}
{{- fail "values key web.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "resources") }}
{{- fail "values key web.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "resources") "requests") }}
{{- fail "values key web.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "resources" "requests") "cpu") }}
{{- fail "values key web.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "resources" "requests") "memory") }}
{{- fail "values key web.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "resources") "limits") }}
{{- fail "values key web.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "resources" "limits") "cpu") }}
{{- fail "values key web.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "resources" "limits") "memory") }}
{{- fail "values key web.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "autoscaling") }}
{{- fail "values key web.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "autoscaling") "enabled") }}
{{- fail "values key web.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "autoscaling") "minReplicas") }}
{{- fail "values key web.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "autoscaling") "maxReplicas") }}
{{- fail "values key web.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key web.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key web.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "autoscaling") "behavior") }}
{{- fail "values key web.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "podDisruptionBudget") }}
{{- fail "values key web.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "podDisruptionBudget") "enabled") }}
{{- fail "values key web.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key web.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "livenessProbe") }}
{{- fail "values key web.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key web.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "livenessProbe") "periodSeconds") }}
{{- fail "values key web.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key web.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "livenessProbe") "failureThreshold") }}
{{- fail "values key web.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "readinessProbe") }}
{{- fail "values key web.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key web.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "readinessProbe") "periodSeconds") }}
{{- fail "values key web.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key web.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "readinessProbe") "failureThreshold") }}
{{- fail "values key web.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "env") }}
{{- fail "values key web.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "secretEnv") }}
{{- fail "values key web.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "reloadOnSecretChange") }}
{{- fail "values key web.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "secretsAsFiles") }}
{{- fail "values key web.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "optionalSecretEnv") }}
{{- fail "values key web.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "podAnnotations") }}
{{- fail "values key web.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "podSecurityContext") }}
{{- fail "values key web.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "podSecurityContext") "runAsUser") }}
{{- fail "values key web.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "podSecurityContext") "runAsGroup") }}
{{- fail "values key web.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "podSecurityContext") "fsGroup") }}
{{- fail "values key web.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "tmpSizeLimit") }}
{{- fail "values key web.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "nodeSelector") }}
{{- fail "values key web.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "tolerations") }}
{{- fail "values key web.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "affinity") }}
{{- fail "values key web.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "podLabels") }}
{{- fail "values key web.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "serviceAccount") }}
{{- fail "values key web.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "serviceAccount") "create") }}
{{- fail "values key web.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "serviceAccount") "name") }}
{{- fail "values key web.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "serviceAccount") "annotations") }}
{{- fail "values key web.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "topologySpread") }}
{{- fail "values key web.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "topologySpreadConstraints") }}
{{- fail "values key web.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "priorityClassName") }}
{{- fail "values key web.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "terminationGracePeriodSeconds") }}
{{- fail "values key web.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "preStopSleepSeconds") }}
{{- fail "values key web.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "extraEnvFrom") }}
{{- fail "values key web.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "extraVolumes") }}
{{- fail "values key web.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "extraVolumeMounts") }}
{{- fail "values key web.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "initContainers") }}
{{- fail "values key web.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "sidecars") }}
{{- fail "values key web.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "revisionHistoryLimit") }}
{{- fail "values key web.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "containerPort") }}
{{- fail "values key web.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "service") }}
{{- fail "values key web.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "service") "type") }}
{{- fail "values key web.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "service") "port") }}
{{- fail "values key web.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "service") "annotations") }}
{{- fail "values key web.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "extraPorts") }}
{{- fail "values key web.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web") "route") }}
{{- fail "values key web.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "route") "hosts") }}
{{- fail "values key web.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "route") "paths") }}
{{- fail "values key web.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "route") "requestTimeout") }}
{{- fail "values key web.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "web" "route") "tlsSecretName") }}
{{- fail "values key web.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "workers") }}
{{- fail "values key workers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "enabled") }}
{{- fail "values key workers.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "replicaCount") }}
{{- fail "values key workers.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "image") }}
{{- fail "values key workers.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "image") "repository") }}
{{- fail "values key workers.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "image") "tag") }}
{{- fail "values key workers.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "image") "pullPolicy") }}
{{- fail "values key workers.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "image") "digest") }}
{{- fail "values key workers.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "resources") }}
{{- fail "values key workers.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "resources") "requests") }}
{{- fail "values key workers.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "resources" "requests") "cpu") }}
{{- fail "values key workers.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "resources" "requests") "memory") }}
{{- fail "values key workers.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "resources") "limits") }}
{{- fail "values key workers.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "resources" "limits") "cpu") }}
{{- fail "values key workers.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "resources" "limits") "memory") }}
{{- fail "values key workers.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "autoscaling") }}
{{- fail "values key workers.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "autoscaling") "enabled") }}
{{- fail "values key workers.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "autoscaling") "minReplicas") }}
{{- fail "values key workers.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "autoscaling") "maxReplicas") }}
{{- fail "values key workers.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key workers.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key workers.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "autoscaling") "behavior") }}
{{- fail "values key workers.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "podDisruptionBudget") }}
{{- fail "values key workers.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "podDisruptionBudget") "enabled") }}
{{- fail "values key workers.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key workers.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "livenessProbe") }}
{{- fail "values key workers.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key workers.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "livenessProbe") "periodSeconds") }}
{{- fail "values key workers.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key workers.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "livenessProbe") "failureThreshold") }}
{{- fail "values key workers.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "readinessProbe") }}
{{- fail "values key workers.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key workers.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "readinessProbe") "periodSeconds") }}
{{- fail "values key workers.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key workers.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "readinessProbe") "failureThreshold") }}
{{- fail "values key workers.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "env") }}
{{- fail "values key workers.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "secretEnv") }}
{{- fail "values key workers.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "reloadOnSecretChange") }}
{{- fail "values key workers.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "secretsAsFiles") }}
{{- fail "values key workers.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "optionalSecretEnv") }}
{{- fail "values key workers.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "podAnnotations") }}
{{- fail "values key workers.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "podSecurityContext") }}
{{- fail "values key workers.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "podSecurityContext") "runAsUser") }}
{{- fail "values key workers.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "podSecurityContext") "runAsGroup") }}
{{- fail "values key workers.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "podSecurityContext") "fsGroup") }}
{{- fail "values key workers.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "tmpSizeLimit") }}
{{- fail "values key workers.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "nodeSelector") }}
{{- fail "values key workers.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "tolerations") }}
{{- fail "values key workers.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "affinity") }}
{{- fail "values key workers.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "podLabels") }}
{{- fail "values key workers.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "serviceAccount") }}
{{- fail "values key workers.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "serviceAccount") "create") }}
{{- fail "values key workers.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "serviceAccount") "name") }}
{{- fail "values key workers.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers" "serviceAccount") "annotations") }}
{{- fail "values key workers.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "topologySpread") }}
{{- fail "values key workers.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "topologySpreadConstraints") }}
{{- fail "values key workers.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "priorityClassName") }}
{{- fail "values key workers.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "terminationGracePeriodSeconds") }}
{{- fail "values key workers.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "preStopSleepSeconds") }}
{{- fail "values key workers.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "extraEnvFrom") }}
{{- fail "values key workers.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "extraVolumes") }}
{{- fail "values key workers.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "extraVolumeMounts") }}
{{- fail "values key workers.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "initContainers") }}
{{- fail "values key workers.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "sidecars") }}
{{- fail "values key workers.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "revisionHistoryLimit") }}
{{- fail "values key workers.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "command") }}
{{- fail "values key workers.command is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "workers") "healthCommand") }}
{{- fail "values key workers.healthCommand is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "aiService") }}
{{- fail "values key aiService is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "enabled") }}
{{- fail "values key aiService.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "replicaCount") }}
{{- fail "values key aiService.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "image") }}
{{- fail "values key aiService.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "image") "repository") }}
{{- fail "values key aiService.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "image") "tag") }}
{{- fail "values key aiService.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "image") "pullPolicy") }}
{{- fail "values key aiService.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "image") "digest") }}
{{- fail "values key aiService.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "resources") }}
{{- fail "values key aiService.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "resources") "requests") }}
{{- fail "values key aiService.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "resources" "requests") "cpu") }}
{{- fail "values key aiService.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "resources" "requests") "memory") }}
{{- fail "values key aiService.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "resources") "limits") }}
{{- fail "values key aiService.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "resources" "limits") "cpu") }}
{{- fail "values key aiService.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "resources" "limits") "memory") }}
{{- fail "values key aiService.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "autoscaling") }}
{{- fail "values key aiService.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "autoscaling") "enabled") }}
{{- fail "values key aiService.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "autoscaling") "minReplicas") }}
{{- fail "values key aiService.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "autoscaling") "maxReplicas") }}
{{- fail "values key aiService.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key aiService.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key aiService.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "autoscaling") "behavior") }}
{{- fail "values key aiService.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "podDisruptionBudget") }}
{{- fail "values key aiService.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "podDisruptionBudget") "enabled") }}
{{- fail "values key aiService.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key aiService.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "livenessProbe") }}
{{- fail "values key aiService.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key aiService.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "livenessProbe") "periodSeconds") }}
{{- fail "values key aiService.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key aiService.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "livenessProbe") "failureThreshold") }}
{{- fail "values key aiService.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "readinessProbe") }}
{{- fail "values key aiService.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key aiService.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "readinessProbe") "periodSeconds") }}
{{- fail "values key aiService.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key aiService.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "readinessProbe") "failureThreshold") }}
{{- fail "values key aiService.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "env") }}
{{- fail "values key aiService.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "secretEnv") }}
{{- fail "values key aiService.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "reloadOnSecretChange") }}
{{- fail "values key aiService.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "secretsAsFiles") }}
{{- fail "values key aiService.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "optionalSecretEnv") }}
{{- fail "values key aiService.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "podAnnotations") }}
{{- fail "values key aiService.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "podSecurityContext") }}
{{- fail "values key aiService.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "podSecurityContext") "runAsUser") }}
{{- fail "values key aiService.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "podSecurityContext") "runAsGroup") }}
{{- fail "values key aiService.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "podSecurityContext") "fsGroup") }}
{{- fail "values key aiService.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "tmpSizeLimit") }}
{{- fail "values key aiService.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "nodeSelector") }}
{{- fail "values key aiService.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "tolerations") }}
{{- fail "values key aiService.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "affinity") }}
{{- fail "values key aiService.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "podLabels") }}
{{- fail "values key aiService.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "serviceAccount") }}
{{- fail "values key aiService.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "serviceAccount") "create") }}
{{- fail "values key aiService.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "serviceAccount") "name") }}
{{- fail "values key aiService.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "serviceAccount") "annotations") }}
{{- fail "values key aiService.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "topologySpread") }}
{{- fail "values key aiService.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "topologySpreadConstraints") }}
{{- fail "values key aiService.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "priorityClassName") }}
{{- fail "values key aiService.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "terminationGracePeriodSeconds") }}
{{- fail "values key aiService.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "preStopSleepSeconds") }}
{{- fail "values key aiService.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "extraEnvFrom") }}
{{- fail "values key aiService.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "extraVolumes") }}
{{- fail "values key aiService.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "extraVolumeMounts") }}
{{- fail "values key aiService.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "initContainers") }}
{{- fail "values key aiService.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "sidecars") }}
{{- fail "values key aiService.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "revisionHistoryLimit") }}
{{- fail "values key aiService.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "containerPort") }}
{{- fail "values key aiService.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "service") }}
{{- fail "values key aiService.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "service") "type") }}
{{- fail "values key aiService.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "service") "port") }}
{{- fail "values key aiService.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "service") "annotations") }}
{{- fail "values key aiService.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "extraPorts") }}
{{- fail "values key aiService.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "route") }}
{{- fail "values key aiService.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "route") "hosts") }}
{{- fail "values key aiService.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "route") "paths") }}
{{- fail "values key aiService.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "route") "requestTimeout") }}
{{- fail "values key aiService.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "route") "tlsSecretName") }}
{{- fail "values key aiService.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "startupProbe") }}
{{- fail "values key aiService.startupProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "startupProbe") "initialDelaySeconds") }}
{{- fail "values key aiService.startupProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "startupProbe") "periodSeconds") }}
{{- fail "values key aiService.startupProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "startupProbe") "timeoutSeconds") }}
{{- fail "values key aiService.startupProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "startupProbe") "failureThreshold") }}
{{- fail "values key aiService.startupProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "agentsConfig") }}
{{- fail "values key aiService.agentsConfig is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService") "slo") }}
{{- fail "values key aiService.slo is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "slo") "availability") }}
{{- fail "values key aiService.slo.availability is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "slo") "errorPercentWarning") }}
{{- fail "values key aiService.slo.errorPercentWarning is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "slo") "errorPercentCritical") }}
{{- fail "values key aiService.slo.errorPercentCritical is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "slo") "latencyP95Seconds") }}
{{- fail "values key aiService.slo.latencyP95Seconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiService" "slo") "latencyP99Seconds") }}
{{- fail "values key aiService.slo.latencyP99Seconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "aiMesh") }}
{{- fail "values key aiMesh is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "enabled") }}
{{- fail "values key aiMesh.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "replicaCount") }}
{{- fail "values key aiMesh.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "image") }}
{{- fail "values key aiMesh.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "image") "repository") }}
{{- fail "values key aiMesh.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "image") "tag") }}
{{- fail "values key aiMesh.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "image") "pullPolicy") }}
{{- fail "values key aiMesh.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "image") "digest") }}
{{- fail "values key aiMesh.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "resources") }}
{{- fail "values key aiMesh.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "resources") "requests") }}
{{- fail "values key aiMesh.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "resources" "requests") "cpu") }}
{{- fail "values key aiMesh.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "resources" "requests") "memory") }}
{{- fail "values key aiMesh.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "resources") "limits") }}
{{- fail "values key aiMesh.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "resources" "limits") "cpu") }}
{{- fail "values key aiMesh.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "resources" "limits") "memory") }}
{{- fail "values key aiMesh.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "autoscaling") }}
{{- fail "values key aiMesh.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "autoscaling") "enabled") }}
{{- fail "values key aiMesh.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "autoscaling") "minReplicas") }}
{{- fail "values key aiMesh.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "autoscaling") "maxReplicas") }}
{{- fail "values key aiMesh.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key aiMesh.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key aiMesh.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "autoscaling") "behavior") }}
{{- fail "values key aiMesh.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "podDisruptionBudget") }}
{{- fail "values key aiMesh.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "podDisruptionBudget") "enabled") }}
{{- fail "values key aiMesh.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key aiMesh.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "livenessProbe") }}
{{- fail "values key aiMesh.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key aiMesh.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "livenessProbe") "periodSeconds") }}
{{- fail "values key aiMesh.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key aiMesh.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "livenessProbe") "failureThreshold") }}
{{- fail "values key aiMesh.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "readinessProbe") }}
{{- fail "values key aiMesh.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key aiMesh.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "readinessProbe") "periodSeconds") }}
{{- fail "values key aiMesh.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key aiMesh.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "readinessProbe") "failureThreshold") }}
{{- fail "values key aiMesh.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "env") }}
{{- fail "values key aiMesh.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "secretEnv") }}
{{- fail "values key aiMesh.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "reloadOnSecretChange") }}
{{- fail "values key aiMesh.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "secretsAsFiles") }}
{{- fail "values key aiMesh.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "optionalSecretEnv") }}
{{- fail "values key aiMesh.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "podAnnotations") }}
{{- fail "values key aiMesh.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "podSecurityContext") }}
{{- fail "values key aiMesh.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "podSecurityContext") "runAsUser") }}
{{- fail "values key aiMesh.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "podSecurityContext") "runAsGroup") }}
{{- fail "values key aiMesh.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "podSecurityContext") "fsGroup") }}
{{- fail "values key aiMesh.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "tmpSizeLimit") }}
{{- fail "values key aiMesh.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "nodeSelector") }}
{{- fail "values key aiMesh.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "tolerations") }}
{{- fail "values key aiMesh.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "affinity") }}
{{- fail "values key aiMesh.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "podLabels") }}
{{- fail "values key aiMesh.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "serviceAccount") }}
{{- fail "values key aiMesh.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "serviceAccount") "create") }}
{{- fail "values key aiMesh.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "serviceAccount") "name") }}
{{- fail "values key aiMesh.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "serviceAccount") "annotations") }}
{{- fail "values key aiMesh.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "topologySpread") }}
{{- fail "values key aiMesh.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "topologySpreadConstraints") }}
{{- fail "values key aiMesh.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "priorityClassName") }}
{{- fail "values key aiMesh.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "terminationGracePeriodSeconds") }}
{{- fail "values key aiMesh.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "preStopSleepSeconds") }}
{{- fail "values key aiMesh.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "extraEnvFrom") }}
{{- fail "values key aiMesh.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "extraVolumes") }}
{{- fail "values key aiMesh.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "extraVolumeMounts") }}
{{- fail "values key aiMesh.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "initContainers") }}
{{- fail "values key aiMesh.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "sidecars") }}
{{- fail "values key aiMesh.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "revisionHistoryLimit") }}
{{- fail "values key aiMesh.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "containerPort") }}
{{- fail "values key aiMesh.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "service") }}
{{- fail "values key aiMesh.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "service") "type") }}
{{- fail "values key aiMesh.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "service") "port") }}
{{- fail "values key aiMesh.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "service") "annotations") }}
{{- fail "values key aiMesh.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "extraPorts") }}
{{- fail "values key aiMesh.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh") "route") }}
{{- fail "values key aiMesh.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "route") "hosts") }}
{{- fail "values key aiMesh.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "route") "paths") }}
{{- fail "values key aiMesh.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "route") "requestTimeout") }}
{{- fail "values key aiMesh.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "aiMesh" "route") "tlsSecretName") }}
{{- fail "values key aiMesh.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "emailProcessing") }}
{{- fail "values key emailProcessing is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "enabled") }}
{{- fail "values key emailProcessing.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "replicaCount") }}
{{- fail "values key emailProcessing.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "image") }}
{{- fail "values key emailProcessing.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "image") "repository") }}
{{- fail "values key emailProcessing.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "image") "tag") }}
{{- fail "values key emailProcessing.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "image") "pullPolicy") }}
{{- fail "values key emailProcessing.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "image") "digest") }}
{{- fail "values key emailProcessing.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "resources") }}
{{- fail "values key emailProcessing.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "resources") "requests") }}
{{- fail "values key emailProcessing.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "resources" "requests") "cpu") }}
{{- fail "values key emailProcessing.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "resources" "requests") "memory") }}
{{- fail "values key emailProcessing.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "resources") "limits") }}
{{- fail "values key emailProcessing.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "resources" "limits") "cpu") }}
{{- fail "values key emailProcessing.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "resources" "limits") "memory") }}
{{- fail "values key emailProcessing.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "autoscaling") }}
{{- fail "values key emailProcessing.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "autoscaling") "enabled") }}
{{- fail "values key emailProcessing.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "autoscaling") "minReplicas") }}
{{- fail "values key emailProcessing.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "autoscaling") "maxReplicas") }}
{{- fail "values key emailProcessing.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key emailProcessing.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key emailProcessing.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "autoscaling") "behavior") }}
{{- fail "values key emailProcessing.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "podDisruptionBudget") }}
{{- fail "values key emailProcessing.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "podDisruptionBudget") "enabled") }}
{{- fail "values key emailProcessing.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key emailProcessing.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "livenessProbe") }}
{{- fail "values key emailProcessing.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key emailProcessing.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "livenessProbe") "periodSeconds") }}
{{- fail "values key emailProcessing.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key emailProcessing.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "livenessProbe") "failureThreshold") }}
{{- fail "values key emailProcessing.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "readinessProbe") }}
{{- fail "values key emailProcessing.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key emailProcessing.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "readinessProbe") "periodSeconds") }}
{{- fail "values key emailProcessing.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key emailProcessing.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "readinessProbe") "failureThreshold") }}
{{- fail "values key emailProcessing.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "env") }}
{{- fail "values key emailProcessing.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "secretEnv") }}
{{- fail "values key emailProcessing.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "reloadOnSecretChange") }}
{{- fail "values key emailProcessing.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "secretsAsFiles") }}
{{- fail "values key emailProcessing.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "optionalSecretEnv") }}
{{- fail "values key emailProcessing.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "podAnnotations") }}
{{- fail "values key emailProcessing.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "podSecurityContext") }}
{{- fail "values key emailProcessing.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "podSecurityContext") "runAsUser") }}
{{- fail "values key emailProcessing.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "podSecurityContext") "runAsGroup") }}
{{- fail "values key emailProcessing.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "podSecurityContext") "fsGroup") }}
{{- fail "values key emailProcessing.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "tmpSizeLimit") }}
{{- fail "values key emailProcessing.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "nodeSelector") }}
{{- fail "values key emailProcessing.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "tolerations") }}
{{- fail "values key emailProcessing.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "affinity") }}
{{- fail "values key emailProcessing.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "podLabels") }}
{{- fail "values key emailProcessing.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "serviceAccount") }}
{{- fail "values key emailProcessing.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "serviceAccount") "create") }}
{{- fail "values key emailProcessing.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "serviceAccount") "name") }}
{{- fail "values key emailProcessing.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "serviceAccount") "annotations") }}
{{- fail "values key emailProcessing.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "topologySpread") }}
{{- fail "values key emailProcessing.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "topologySpreadConstraints") }}
{{- fail "values key emailProcessing.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "priorityClassName") }}
{{- fail "values key emailProcessing.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "terminationGracePeriodSeconds") }}
{{- fail "values key emailProcessing.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "preStopSleepSeconds") }}
{{- fail "values key emailProcessing.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "extraEnvFrom") }}
{{- fail "values key emailProcessing.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "extraVolumes") }}
{{- fail "values key emailProcessing.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "extraVolumeMounts") }}
{{- fail "values key emailProcessing.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "initContainers") }}
{{- fail "values key emailProcessing.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "sidecars") }}
{{- fail "values key emailProcessing.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "revisionHistoryLimit") }}
{{- fail "values key emailProcessing.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "containerPort") }}
{{- fail "values key emailProcessing.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "service") }}
{{- fail "values key emailProcessing.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "service") "type") }}
{{- fail "values key emailProcessing.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "service") "port") }}
{{- fail "values key emailProcessing.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "service") "annotations") }}
{{- fail "values key emailProcessing.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "extraPorts") }}
{{- fail "values key emailProcessing.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing") "route") }}
{{- fail "values key emailProcessing.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "route") "hosts") }}
{{- fail "values key emailProcessing.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "route") "paths") }}
{{- fail "values key emailProcessing.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "route") "requestTimeout") }}
{{- fail "values key emailProcessing.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "emailProcessing" "route") "tlsSecretName") }}
{{- fail "values key emailProcessing.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "contactManagement") }}
{{- fail "values key contactManagement is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "enabled") }}
{{- fail "values key contactManagement.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "replicaCount") }}
{{- fail "values key contactManagement.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "image") }}
{{- fail "values key contactManagement.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "image") "repository") }}
{{- fail "values key contactManagement.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "image") "tag") }}
{{- fail "values key contactManagement.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "image") "pullPolicy") }}
{{- fail "values key contactManagement.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "image") "digest") }}
{{- fail "values key contactManagement.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "resources") }}
{{- fail "values key contactManagement.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "resources") "requests") }}
{{- fail "values key contactManagement.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "resources" "requests") "cpu") }}
{{- fail "values key contactManagement.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "resources" "requests") "memory") }}
{{- fail "values key contactManagement.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "resources") "limits") }}
{{- fail "values key contactManagement.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "resources" "limits") "cpu") }}
{{- fail "values key contactManagement.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "resources" "limits") "memory") }}
{{- fail "values key contactManagement.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "autoscaling") }}
{{- fail "values key contactManagement.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "autoscaling") "enabled") }}
{{- fail "values key contactManagement.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "autoscaling") "minReplicas") }}
{{- fail "values key contactManagement.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "autoscaling") "maxReplicas") }}
{{- fail "values key contactManagement.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key contactManagement.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key contactManagement.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "autoscaling") "behavior") }}
{{- fail "values key contactManagement.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "podDisruptionBudget") }}
{{- fail "values key contactManagement.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "podDisruptionBudget") "enabled") }}
{{- fail "values key contactManagement.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key contactManagement.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "livenessProbe") }}
{{- fail "values key contactManagement.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key contactManagement.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "livenessProbe") "periodSeconds") }}
{{- fail "values key contactManagement.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key contactManagement.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "livenessProbe") "failureThreshold") }}
{{- fail "values key contactManagement.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "readinessProbe") }}
{{- fail "values key contactManagement.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key contactManagement.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "readinessProbe") "periodSeconds") }}
{{- fail "values key contactManagement.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key contactManagement.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "readinessProbe") "failureThreshold") }}
{{- fail "values key contactManagement.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "env") }}
{{- fail "values key contactManagement.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "secretEnv") }}
{{- fail "values key contactManagement.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "reloadOnSecretChange") }}
{{- fail "values key contactManagement.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "secretsAsFiles") }}
{{- fail "values key contactManagement.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "optionalSecretEnv") }}
{{- fail "values key contactManagement.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "podAnnotations") }}
{{- fail "values key contactManagement.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "podSecurityContext") }}
{{- fail "values key contactManagement.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "podSecurityContext") "runAsUser") }}
{{- fail "values key contactManagement.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "podSecurityContext") "runAsGroup") }}
{{- fail "values key contactManagement.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "podSecurityContext") "fsGroup") }}
{{- fail "values key contactManagement.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "tmpSizeLimit") }}
{{- fail "values key contactManagement.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "nodeSelector") }}
{{- fail "values key contactManagement.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "tolerations") }}
{{- fail "values key contactManagement.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "affinity") }}
{{- fail "values key contactManagement.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "podLabels") }}
{{- fail "values key contactManagement.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "serviceAccount") }}
{{- fail "values key contactManagement.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "serviceAccount") "create") }}
{{- fail "values key contactManagement.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "serviceAccount") "name") }}
{{- fail "values key contactManagement.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "serviceAccount") "annotations") }}
{{- fail "values key contactManagement.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "topologySpread") }}
{{- fail "values key contactManagement.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "topologySpreadConstraints") }}
{{- fail "values key contactManagement.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "priorityClassName") }}
{{- fail "values key contactManagement.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "terminationGracePeriodSeconds") }}
{{- fail "values key contactManagement.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "preStopSleepSeconds") }}
{{- fail "values key contactManagement.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "extraEnvFrom") }}
{{- fail "values key contactManagement.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "extraVolumes") }}
{{- fail "values key contactManagement.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "extraVolumeMounts") }}
{{- fail "values key contactManagement.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "initContainers") }}
{{- fail "values key contactManagement.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "sidecars") }}
{{- fail "values key contactManagement.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "revisionHistoryLimit") }}
{{- fail "values key contactManagement.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "containerPort") }}
{{- fail "values key contactManagement.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "service") }}
{{- fail "values key contactManagement.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "service") "type") }}
{{- fail "values key contactManagement.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "service") "port") }}
{{- fail "values key contactManagement.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "service") "annotations") }}
{{- fail "values key contactManagement.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "extraPorts") }}
{{- fail "values key contactManagement.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement") "route") }}
{{- fail "values key contactManagement.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "route") "hosts") }}
{{- fail "values key contactManagement.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "route") "paths") }}
{{- fail "values key contactManagement.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "route") "requestTimeout") }}
{{- fail "values key contactManagement.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "contactManagement" "route") "tlsSecretName") }}
{{- fail "values key contactManagement.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "analytics") }}
{{- fail "values key analytics is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "enabled") }}
{{- fail "values key analytics.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "replicaCount") }}
{{- fail "values key analytics.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "image") }}
{{- fail "values key analytics.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "image") "repository") }}
{{- fail "values key analytics.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "image") "tag") }}
{{- fail "values key analytics.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "image") "pullPolicy") }}
{{- fail "values key analytics.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "image") "digest") }}
{{- fail "values key analytics.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "resources") }}
{{- fail "values key analytics.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "resources") "requests") }}
{{- fail "values key analytics.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "resources" "requests") "cpu") }}
{{- fail "values key analytics.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "resources" "requests") "memory") }}
{{- fail "values key analytics.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "resources") "limits") }}
{{- fail "values key analytics.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "resources" "limits") "cpu") }}
{{- fail "values key analytics.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "resources" "limits") "memory") }}
{{- fail "values key analytics.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "autoscaling") }}
{{- fail "values key analytics.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "autoscaling") "enabled") }}
{{- fail "values key analytics.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "autoscaling") "minReplicas") }}
{{- fail "values key analytics.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "autoscaling") "maxReplicas") }}
{{- fail "values key analytics.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key analytics.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key analytics.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "autoscaling") "behavior") }}
{{- fail "values key analytics.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "podDisruptionBudget") }}
{{- fail "values key analytics.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "podDisruptionBudget") "enabled") }}
{{- fail "values key analytics.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key analytics.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "livenessProbe") }}
{{- fail "values key analytics.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key analytics.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "livenessProbe") "periodSeconds") }}
{{- fail "values key analytics.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key analytics.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "livenessProbe") "failureThreshold") }}
{{- fail "values key analytics.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "readinessProbe") }}
{{- fail "values key analytics.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key analytics.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "readinessProbe") "periodSeconds") }}
{{- fail "values key analytics.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key analytics.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "readinessProbe") "failureThreshold") }}
{{- fail "values key analytics.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "env") }}
{{- fail "values key analytics.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "secretEnv") }}
{{- fail "values key analytics.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "reloadOnSecretChange") }}
{{- fail "values key analytics.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "secretsAsFiles") }}
{{- fail "values key analytics.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "optionalSecretEnv") }}
{{- fail "values key analytics.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "podAnnotations") }}
{{- fail "values key analytics.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "podSecurityContext") }}
{{- fail "values key analytics.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "podSecurityContext") "runAsUser") }}
{{- fail "values key analytics.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "podSecurityContext") "runAsGroup") }}
{{- fail "values key analytics.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "podSecurityContext") "fsGroup") }}
{{- fail "values key analytics.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "tmpSizeLimit") }}
{{- fail "values key analytics.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "nodeSelector") }}
{{- fail "values key analytics.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "tolerations") }}
{{- fail "values key analytics.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "affinity") }}
{{- fail "values key analytics.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "podLabels") }}
{{- fail "values key analytics.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "serviceAccount") }}
{{- fail "values key analytics.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "serviceAccount") "create") }}
{{- fail "values key analytics.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "serviceAccount") "name") }}
{{- fail "values key analytics.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "serviceAccount") "annotations") }}
{{- fail "values key analytics.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "topologySpread") }}
{{- fail "values key analytics.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "topologySpreadConstraints") }}
{{- fail "values key analytics.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "priorityClassName") }}
{{- fail "values key analytics.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "terminationGracePeriodSeconds") }}
{{- fail "values key analytics.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "preStopSleepSeconds") }}
{{- fail "values key analytics.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "extraEnvFrom") }}
{{- fail "values key analytics.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "extraVolumes") }}
{{- fail "values key analytics.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "extraVolumeMounts") }}
{{- fail "values key analytics.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "initContainers") }}
{{- fail "values key analytics.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "sidecars") }}
{{- fail "values key analytics.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "revisionHistoryLimit") }}
{{- fail "values key analytics.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "containerPort") }}
{{- fail "values key analytics.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "service") }}
{{- fail "values key analytics.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "service") "type") }}
{{- fail "values key analytics.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "service") "port") }}
{{- fail "values key analytics.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "service") "annotations") }}
{{- fail "values key analytics.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "extraPorts") }}
{{- fail "values key analytics.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics") "route") }}
{{- fail "values key analytics.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "route") "hosts") }}
{{- fail "values key analytics.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "route") "paths") }}
{{- fail "values key analytics.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "route") "requestTimeout") }}
{{- fail "values key analytics.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "analytics" "route") "tlsSecretName") }}
{{- fail "values key analytics.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "blockchain") }}
{{- fail "values key blockchain is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "enabled") }}
{{- fail "values key blockchain.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "replicaCount") }}
{{- fail "values key blockchain.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "image") }}
{{- fail "values key blockchain.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "image") "repository") }}
{{- fail "values key blockchain.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "image") "tag") }}
{{- fail "values key blockchain.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "image") "pullPolicy") }}
{{- fail "values key blockchain.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "image") "digest") }}
{{- fail "values key blockchain.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "resources") }}
{{- fail "values key blockchain.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "resources") "requests") }}
{{- fail "values key blockchain.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "resources" "requests") "cpu") }}
{{- fail "values key blockchain.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "resources" "requests") "memory") }}
{{- fail "values key blockchain.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "resources") "limits") }}
{{- fail "values key blockchain.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "resources" "limits") "cpu") }}
{{- fail "values key blockchain.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "resources" "limits") "memory") }}
{{- fail "values key blockchain.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "autoscaling") }}
{{- fail "values key blockchain.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "autoscaling") "enabled") }}
{{- fail "values key blockchain.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "autoscaling") "minReplicas") }}
{{- fail "values key blockchain.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "autoscaling") "maxReplicas") }}
{{- fail "values key blockchain.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key blockchain.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key blockchain.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "autoscaling") "behavior") }}
{{- fail "values key blockchain.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "podDisruptionBudget") }}
{{- fail "values key blockchain.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "podDisruptionBudget") "enabled") }}
{{- fail "values key blockchain.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key blockchain.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "livenessProbe") }}
{{- fail "values key blockchain.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key blockchain.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "livenessProbe") "periodSeconds") }}
{{- fail "values key blockchain.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key blockchain.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "livenessProbe") "failureThreshold") }}
{{- fail "values key blockchain.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "readinessProbe") }}
{{- fail "values key blockchain.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key blockchain.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "readinessProbe") "periodSeconds") }}
{{- fail "values key blockchain.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key blockchain.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "readinessProbe") "failureThreshold") }}
{{- fail "values key blockchain.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "env") }}
{{- fail "values key blockchain.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "secretEnv") }}
{{- fail "values key blockchain.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "reloadOnSecretChange") }}
{{- fail "values key blockchain.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "secretsAsFiles") }}
{{- fail "values key blockchain.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "optionalSecretEnv") }}
{{- fail "values key blockchain.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "podAnnotations") }}
{{- fail "values key blockchain.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "podSecurityContext") }}
{{- fail "values key blockchain.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "podSecurityContext") "runAsUser") }}
{{- fail "values key blockchain.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "podSecurityContext") "runAsGroup") }}
{{- fail "values key blockchain.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "podSecurityContext") "fsGroup") }}
{{- fail "values key blockchain.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "tmpSizeLimit") }}
{{- fail "values key blockchain.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "nodeSelector") }}
{{- fail "values key blockchain.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "tolerations") }}
{{- fail "values key blockchain.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "affinity") }}
{{- fail "values key blockchain.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "podLabels") }}
{{- fail "values key blockchain.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "serviceAccount") }}
{{- fail "values key blockchain.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "serviceAccount") "create") }}
{{- fail "values key blockchain.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "serviceAccount") "name") }}
{{- fail "values key blockchain.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "serviceAccount") "annotations") }}
{{- fail "values key blockchain.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "topologySpread") }}
{{- fail "values key blockchain.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "topologySpreadConstraints") }}
{{- fail "values key blockchain.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "priorityClassName") }}
{{- fail "values key blockchain.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "terminationGracePeriodSeconds") }}
{{- fail "values key blockchain.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "preStopSleepSeconds") }}
{{- fail "values key blockchain.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "extraEnvFrom") }}
{{- fail "values key blockchain.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "extraVolumes") }}
{{- fail "values key blockchain.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "extraVolumeMounts") }}
{{- fail "values key blockchain.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "initContainers") }}
{{- fail "values key blockchain.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "sidecars") }}
{{- fail "values key blockchain.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "revisionHistoryLimit") }}
{{- fail "values key blockchain.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "containerPort") }}
{{- fail "values key blockchain.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "service") }}
{{- fail "values key blockchain.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "service") "type") }}
{{- fail "values key blockchain.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "service") "port") }}
{{- fail "values key blockchain.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "service") "annotations") }}
{{- fail "values key blockchain.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "extraPorts") }}
{{- fail "values key blockchain.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "route") }}
{{- fail "values key blockchain.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "route") "hosts") }}
{{- fail "values key blockchain.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "route") "paths") }}
{{- fail "values key blockchain.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "route") "requestTimeout") }}
{{- fail "values key blockchain.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain" "route") "tlsSecretName") }}
{{- fail "values key blockchain.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "blockchain") "contractAbis") }}
{{- fail "values key blockchain.contractAbis is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "mailydocs") }}
{{- fail "values key mailydocs is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "enabled") }}
{{- fail "values key mailydocs.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "replicaCount") }}
{{- fail "values key mailydocs.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "image") }}
{{- fail "values key mailydocs.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "image") "repository") }}
{{- fail "values key mailydocs.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "image") "tag") }}
{{- fail "values key mailydocs.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "image") "pullPolicy") }}
{{- fail "values key mailydocs.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "image") "digest") }}
{{- fail "values key mailydocs.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "resources") }}
{{- fail "values key mailydocs.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "resources") "requests") }}
{{- fail "values key mailydocs.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "resources" "requests") "cpu") }}
{{- fail "values key mailydocs.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "resources" "requests") "memory") }}
{{- fail "values key mailydocs.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "resources") "limits") }}
{{- fail "values key mailydocs.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "resources" "limits") "cpu") }}
{{- fail "values key mailydocs.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "resources" "limits") "memory") }}
{{- fail "values key mailydocs.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "autoscaling") }}
{{- fail "values key mailydocs.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "autoscaling") "enabled") }}
{{- fail "values key mailydocs.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "autoscaling") "minReplicas") }}
{{- fail "values key mailydocs.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "autoscaling") "maxReplicas") }}
{{- fail "values key mailydocs.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key mailydocs.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key mailydocs.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "autoscaling") "behavior") }}
{{- fail "values key mailydocs.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "podDisruptionBudget") }}
{{- fail "values key mailydocs.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "podDisruptionBudget") "enabled") }}
{{- fail "values key mailydocs.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key mailydocs.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "livenessProbe") }}
{{- fail "values key mailydocs.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key mailydocs.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "livenessProbe") "periodSeconds") }}
{{- fail "values key mailydocs.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key mailydocs.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "livenessProbe") "failureThreshold") }}
{{- fail "values key mailydocs.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "readinessProbe") }}
{{- fail "values key mailydocs.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key mailydocs.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "readinessProbe") "periodSeconds") }}
{{- fail "values key mailydocs.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key mailydocs.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "readinessProbe") "failureThreshold") }}
{{- fail "values key mailydocs.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "env") }}
{{- fail "values key mailydocs.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "secretEnv") }}
{{- fail "values key mailydocs.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "reloadOnSecretChange") }}
{{- fail "values key mailydocs.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "secretsAsFiles") }}
{{- fail "values key mailydocs.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "optionalSecretEnv") }}
{{- fail "values key mailydocs.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "podAnnotations") }}
{{- fail "values key mailydocs.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "podSecurityContext") }}
{{- fail "values key mailydocs.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "podSecurityContext") "runAsUser") }}
{{- fail "values key mailydocs.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "podSecurityContext") "runAsGroup") }}
{{- fail "values key mailydocs.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "podSecurityContext") "fsGroup") }}
{{- fail "values key mailydocs.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "tmpSizeLimit") }}
{{- fail "values key mailydocs.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "nodeSelector") }}
{{- fail "values key mailydocs.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "tolerations") }}
{{- fail "values key mailydocs.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "affinity") }}
{{- fail "values key mailydocs.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "podLabels") }}
{{- fail "values key mailydocs.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "serviceAccount") }}
{{- fail "values key mailydocs.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "serviceAccount") "create") }}
{{- fail "values key mailydocs.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "serviceAccount") "name") }}
{{- fail "values key mailydocs.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "serviceAccount") "annotations") }}
{{- fail "values key mailydocs.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "topologySpread") }}
{{- fail "values key mailydocs.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "topologySpreadConstraints") }}
{{- fail "values key mailydocs.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "priorityClassName") }}
{{- fail "values key mailydocs.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "terminationGracePeriodSeconds") }}
{{- fail "values key mailydocs.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "preStopSleepSeconds") }}
{{- fail "values key mailydocs.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "extraEnvFrom") }}
{{- fail "values key mailydocs.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "extraVolumes") }}
{{- fail "values key mailydocs.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "extraVolumeMounts") }}
{{- fail "values key mailydocs.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "initContainers") }}
{{- fail "values key mailydocs.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "sidecars") }}
{{- fail "values key mailydocs.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "revisionHistoryLimit") }}
{{- fail "values key mailydocs.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "containerPort") }}
{{- fail "values key mailydocs.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "service") }}
{{- fail "values key mailydocs.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "service") "type") }}
{{- fail "values key mailydocs.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "service") "port") }}
{{- fail "values key mailydocs.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "service") "annotations") }}
{{- fail "values key mailydocs.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "extraPorts") }}
{{- fail "values key mailydocs.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "route") }}
{{- fail "values key mailydocs.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "route") "hosts") }}
{{- fail "values key mailydocs.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "route") "paths") }}
{{- fail "values key mailydocs.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "route") "requestTimeout") }}
{{- fail "values key mailydocs.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "route") "tlsSecretName") }}
{{- fail "values key mailydocs.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs") "documents") }}
{{- fail "values key mailydocs.documents is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "documents") "size") }}
{{- fail "values key mailydocs.documents.size is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mailydocs" "documents") "storageClass") }}
{{- fail "values key mailydocs.documents.storageClass is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "apiEdgeCaching") }}
{{- fail "values key apiEdgeCaching is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "enabled") }}
{{- fail "values key apiEdgeCaching.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "replicaCount") }}
{{- fail "values key apiEdgeCaching.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "image") }}
{{- fail "values key apiEdgeCaching.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "image") "repository") }}
{{- fail "values key apiEdgeCaching.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "image") "tag") }}
{{- fail "values key apiEdgeCaching.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "image") "pullPolicy") }}
{{- fail "values key apiEdgeCaching.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "image") "digest") }}
{{- fail "values key apiEdgeCaching.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "resources") }}
{{- fail "values key apiEdgeCaching.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "resources") "requests") }}
{{- fail "values key apiEdgeCaching.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "resources" "requests") "cpu") }}
{{- fail "values key apiEdgeCaching.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "resources" "requests") "memory") }}
{{- fail "values key apiEdgeCaching.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "resources") "limits") }}
{{- fail "values key apiEdgeCaching.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "resources" "limits") "cpu") }}
{{- fail "values key apiEdgeCaching.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "resources" "limits") "memory") }}
{{- fail "values key apiEdgeCaching.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "autoscaling") }}
{{- fail "values key apiEdgeCaching.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "autoscaling") "enabled") }}
{{- fail "values key apiEdgeCaching.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "autoscaling") "minReplicas") }}
{{- fail "values key apiEdgeCaching.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "autoscaling") "maxReplicas") }}
{{- fail "values key apiEdgeCaching.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key apiEdgeCaching.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key apiEdgeCaching.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "autoscaling") "behavior") }}
{{- fail "values key apiEdgeCaching.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "podDisruptionBudget") }}
{{- fail "values key apiEdgeCaching.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "podDisruptionBudget") "enabled") }}
{{- fail "values key apiEdgeCaching.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key apiEdgeCaching.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "livenessProbe") }}
{{- fail "values key apiEdgeCaching.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key apiEdgeCaching.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "livenessProbe") "periodSeconds") }}
{{- fail "values key apiEdgeCaching.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key apiEdgeCaching.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "livenessProbe") "failureThreshold") }}
{{- fail "values key apiEdgeCaching.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "readinessProbe") }}
{{- fail "values key apiEdgeCaching.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key apiEdgeCaching.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "readinessProbe") "periodSeconds") }}
{{- fail "values key apiEdgeCaching.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key apiEdgeCaching.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "readinessProbe") "failureThreshold") }}
{{- fail "values key apiEdgeCaching.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "env") }}
{{- fail "values key apiEdgeCaching.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "secretEnv") }}
{{- fail "values key apiEdgeCaching.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "reloadOnSecretChange") }}
{{- fail "values key apiEdgeCaching.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "secretsAsFiles") }}
{{- fail "values key apiEdgeCaching.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "optionalSecretEnv") }}
{{- fail "values key apiEdgeCaching.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "podAnnotations") }}
{{- fail "values key apiEdgeCaching.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "podSecurityContext") }}
{{- fail "values key apiEdgeCaching.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "podSecurityContext") "runAsUser") }}
{{- fail "values key apiEdgeCaching.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "podSecurityContext") "runAsGroup") }}
{{- fail "values key apiEdgeCaching.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "podSecurityContext") "fsGroup") }}
{{- fail "values key apiEdgeCaching.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "tmpSizeLimit") }}
{{- fail "values key apiEdgeCaching.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "nodeSelector") }}
{{- fail "values key apiEdgeCaching.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "tolerations") }}
{{- fail "values key apiEdgeCaching.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "affinity") }}
{{- fail "values key apiEdgeCaching.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "podLabels") }}
{{- fail "values key apiEdgeCaching.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "serviceAccount") }}
{{- fail "values key apiEdgeCaching.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "serviceAccount") "create") }}
{{- fail "values key apiEdgeCaching.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "serviceAccount") "name") }}
{{- fail "values key apiEdgeCaching.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "serviceAccount") "annotations") }}
{{- fail "values key apiEdgeCaching.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "topologySpread") }}
{{- fail "values key apiEdgeCaching.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "topologySpreadConstraints") }}
{{- fail "values key apiEdgeCaching.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "priorityClassName") }}
{{- fail "values key apiEdgeCaching.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "terminationGracePeriodSeconds") }}
{{- fail "values key apiEdgeCaching.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "preStopSleepSeconds") }}
{{- fail "values key apiEdgeCaching.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "extraEnvFrom") }}
{{- fail "values key apiEdgeCaching.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "extraVolumes") }}
{{- fail "values key apiEdgeCaching.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "extraVolumeMounts") }}
{{- fail "values key apiEdgeCaching.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "initContainers") }}
{{- fail "values key apiEdgeCaching.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "sidecars") }}
{{- fail "values key apiEdgeCaching.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "revisionHistoryLimit") }}
{{- fail "values key apiEdgeCaching.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "containerPort") }}
{{- fail "values key apiEdgeCaching.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "service") }}
{{- fail "values key apiEdgeCaching.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "service") "type") }}
{{- fail "values key apiEdgeCaching.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "service") "port") }}
{{- fail "values key apiEdgeCaching.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "service") "annotations") }}
{{- fail "values key apiEdgeCaching.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "extraPorts") }}
{{- fail "values key apiEdgeCaching.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching") "route") }}
{{- fail "values key apiEdgeCaching.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "route") "hosts") }}
{{- fail "values key apiEdgeCaching.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "route") "paths") }}
{{- fail "values key apiEdgeCaching.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "route") "requestTimeout") }}
{{- fail "values key apiEdgeCaching.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "apiEdgeCaching" "route") "tlsSecretName") }}
{{- fail "values key apiEdgeCaching.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "waf") }}
{{- fail "values key waf is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "enabled") }}
{{- fail "values key waf.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "replicaCount") }}
{{- fail "values key waf.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "image") }}
{{- fail "values key waf.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "image") "repository") }}
{{- fail "values key waf.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "image") "tag") }}
{{- fail "values key waf.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "image") "pullPolicy") }}
{{- fail "values key waf.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "image") "digest") }}
{{- fail "values key waf.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "resources") }}
{{- fail "values key waf.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "resources") "requests") }}
{{- fail "values key waf.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "resources" "requests") "cpu") }}
{{- fail "values key waf.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "resources" "requests") "memory") }}
{{- fail "values key waf.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "resources") "limits") }}
{{- fail "values key waf.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "resources" "limits") "cpu") }}
{{- fail "values key waf.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "resources" "limits") "memory") }}
{{- fail "values key waf.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "autoscaling") }}
{{- fail "values key waf.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "autoscaling") "enabled") }}
{{- fail "values key waf.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "autoscaling") "minReplicas") }}
{{- fail "values key waf.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "autoscaling") "maxReplicas") }}
{{- fail "values key waf.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key waf.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key waf.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "autoscaling") "behavior") }}
{{- fail "values key waf.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "podDisruptionBudget") }}
{{- fail "values key waf.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "podDisruptionBudget") "enabled") }}
{{- fail "values key waf.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key waf.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "livenessProbe") }}
{{- fail "values key waf.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key waf.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "livenessProbe") "periodSeconds") }}
{{- fail "values key waf.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key waf.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "livenessProbe") "failureThreshold") }}
{{- fail "values key waf.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "readinessProbe") }}
{{- fail "values key waf.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key waf.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "readinessProbe") "periodSeconds") }}
{{- fail "values key waf.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key waf.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "readinessProbe") "failureThreshold") }}
{{- fail "values key waf.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "env") }}
{{- fail "values key waf.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "secretEnv") }}
{{- fail "values key waf.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "reloadOnSecretChange") }}
{{- fail "values key waf.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "secretsAsFiles") }}
{{- fail "values key waf.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "optionalSecretEnv") }}
{{- fail "values key waf.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "podAnnotations") }}
{{- fail "values key waf.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "podSecurityContext") }}
{{- fail "values key waf.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "podSecurityContext") "runAsUser") }}
{{- fail "values key waf.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "podSecurityContext") "runAsGroup") }}
{{- fail "values key waf.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "podSecurityContext") "fsGroup") }}
{{- fail "values key waf.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "tmpSizeLimit") }}
{{- fail "values key waf.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "nodeSelector") }}
{{- fail "values key waf.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "tolerations") }}
{{- fail "values key waf.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "affinity") }}
{{- fail "values key waf.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "podLabels") }}
{{- fail "values key waf.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "serviceAccount") }}
{{- fail "values key waf.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "serviceAccount") "create") }}
{{- fail "values key waf.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "serviceAccount") "name") }}
{{- fail "values key waf.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "serviceAccount") "annotations") }}
{{- fail "values key waf.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "topologySpread") }}
{{- fail "values key waf.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "topologySpreadConstraints") }}
{{- fail "values key waf.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "priorityClassName") }}
{{- fail "values key waf.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "terminationGracePeriodSeconds") }}
{{- fail "values key waf.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "preStopSleepSeconds") }}
{{- fail "values key waf.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "extraEnvFrom") }}
{{- fail "values key waf.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "extraVolumes") }}
{{- fail "values key waf.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "extraVolumeMounts") }}
{{- fail "values key waf.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "initContainers") }}
{{- fail "values key waf.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "sidecars") }}
{{- fail "values key waf.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "revisionHistoryLimit") }}
{{- fail "values key waf.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "containerPort") }}
{{- fail "values key waf.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "service") }}
{{- fail "values key waf.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "service") "type") }}
{{- fail "values key waf.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "service") "port") }}
{{- fail "values key waf.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "service") "annotations") }}
{{- fail "values key waf.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "extraPorts") }}
{{- fail "values key waf.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf") "route") }}
{{- fail "values key waf.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "route") "hosts") }}
{{- fail "values key waf.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "route") "paths") }}
{{- fail "values key waf.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "route") "requestTimeout") }}
{{- fail "values key waf.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "waf" "route") "tlsSecretName") }}
{{- fail "values key waf.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "ipWarming") }}
{{- fail "values key ipWarming is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "enabled") }}
{{- fail "values key ipWarming.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "replicaCount") }}
{{- fail "values key ipWarming.replicaCount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "image") }}
{{- fail "values key ipWarming.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "image") "repository") }}
{{- fail "values key ipWarming.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "image") "tag") }}
{{- fail "values key ipWarming.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "image") "pullPolicy") }}
{{- fail "values key ipWarming.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "image") "digest") }}
{{- fail "values key ipWarming.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "resources") }}
{{- fail "values key ipWarming.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "resources") "requests") }}
{{- fail "values key ipWarming.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "resources" "requests") "cpu") }}
{{- fail "values key ipWarming.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "resources" "requests") "memory") }}
{{- fail "values key ipWarming.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "resources") "limits") }}
{{- fail "values key ipWarming.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "resources" "limits") "cpu") }}
{{- fail "values key ipWarming.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "resources" "limits") "memory") }}
{{- fail "values key ipWarming.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "autoscaling") }}
{{- fail "values key ipWarming.autoscaling is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "autoscaling") "enabled") }}
{{- fail "values key ipWarming.autoscaling.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "autoscaling") "minReplicas") }}
{{- fail "values key ipWarming.autoscaling.minReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "autoscaling") "maxReplicas") }}
{{- fail "values key ipWarming.autoscaling.maxReplicas is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "autoscaling") "targetCPUUtilizationPercentage") }}
{{- fail "values key ipWarming.autoscaling.targetCPUUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "autoscaling") "targetMemoryUtilizationPercentage") }}
{{- fail "values key ipWarming.autoscaling.targetMemoryUtilizationPercentage is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "autoscaling") "behavior") }}
{{- fail "values key ipWarming.autoscaling.behavior is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "podDisruptionBudget") }}
{{- fail "values key ipWarming.podDisruptionBudget is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "podDisruptionBudget") "enabled") }}
{{- fail "values key ipWarming.podDisruptionBudget.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "podDisruptionBudget") "maxUnavailable") }}
{{- fail "values key ipWarming.podDisruptionBudget.maxUnavailable is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "livenessProbe") }}
{{- fail "values key ipWarming.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key ipWarming.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "livenessProbe") "periodSeconds") }}
{{- fail "values key ipWarming.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key ipWarming.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "livenessProbe") "failureThreshold") }}
{{- fail "values key ipWarming.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "readinessProbe") }}
{{- fail "values key ipWarming.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key ipWarming.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "readinessProbe") "periodSeconds") }}
{{- fail "values key ipWarming.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key ipWarming.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "readinessProbe") "failureThreshold") }}
{{- fail "values key ipWarming.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "env") }}
{{- fail "values key ipWarming.env is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "secretEnv") }}
{{- fail "values key ipWarming.secretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "reloadOnSecretChange") }}
{{- fail "values key ipWarming.reloadOnSecretChange is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "secretsAsFiles") }}
{{- fail "values key ipWarming.secretsAsFiles is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "optionalSecretEnv") }}
{{- fail "values key ipWarming.optionalSecretEnv is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "podAnnotations") }}
{{- fail "values key ipWarming.podAnnotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "podSecurityContext") }}
{{- fail "values key ipWarming.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "podSecurityContext") "runAsUser") }}
{{- fail "values key ipWarming.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "podSecurityContext") "runAsGroup") }}
{{- fail "values key ipWarming.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "podSecurityContext") "fsGroup") }}
{{- fail "values key ipWarming.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "tmpSizeLimit") }}
{{- fail "values key ipWarming.tmpSizeLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "nodeSelector") }}
{{- fail "values key ipWarming.nodeSelector is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "tolerations") }}
{{- fail "values key ipWarming.tolerations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "affinity") }}
{{- fail "values key ipWarming.affinity is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "podLabels") }}
{{- fail "values key ipWarming.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "serviceAccount") }}
{{- fail "values key ipWarming.serviceAccount is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "serviceAccount") "create") }}
{{- fail "values key ipWarming.serviceAccount.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "serviceAccount") "name") }}
{{- fail "values key ipWarming.serviceAccount.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "serviceAccount") "annotations") }}
{{- fail "values key ipWarming.serviceAccount.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "topologySpread") }}
{{- fail "values key ipWarming.topologySpread is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "topologySpreadConstraints") }}
{{- fail "values key ipWarming.topologySpreadConstraints is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "priorityClassName") }}
{{- fail "values key ipWarming.priorityClassName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "terminationGracePeriodSeconds") }}
{{- fail "values key ipWarming.terminationGracePeriodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "preStopSleepSeconds") }}
{{- fail "values key ipWarming.preStopSleepSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "extraEnvFrom") }}
{{- fail "values key ipWarming.extraEnvFrom is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "extraVolumes") }}
{{- fail "values key ipWarming.extraVolumes is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "extraVolumeMounts") }}
{{- fail "values key ipWarming.extraVolumeMounts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "initContainers") }}
{{- fail "values key ipWarming.initContainers is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "sidecars") }}
{{- fail "values key ipWarming.sidecars is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "revisionHistoryLimit") }}
{{- fail "values key ipWarming.revisionHistoryLimit is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "containerPort") }}
{{- fail "values key ipWarming.containerPort is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "service") }}
{{- fail "values key ipWarming.service is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "service") "type") }}
{{- fail "values key ipWarming.service.type is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "service") "port") }}
{{- fail "values key ipWarming.service.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "service") "annotations") }}
{{- fail "values key ipWarming.service.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "extraPorts") }}
{{- fail "values key ipWarming.extraPorts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "route") }}
{{- fail "values key ipWarming.route is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "route") "hosts") }}
{{- fail "values key ipWarming.route.hosts is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "route") "paths") }}
{{- fail "values key ipWarming.route.paths is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "route") "requestTimeout") }}
{{- fail "values key ipWarming.route.requestTimeout is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming" "route") "tlsSecretName") }}
{{- fail "values key ipWarming.route.tlsSecretName is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ipWarming") "complianceConfig") }}
{{- fail "values key ipWarming.complianceConfig is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "dataTier") }}
{{- fail "values key dataTier is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier") "enabled") }}
{{- fail "values key dataTier.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier") "allowedEnvironments") }}
{{- fail "values key dataTier.allowedEnvironments is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier") "postgres") }}
{{- fail "values key dataTier.postgres is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres") "image") }}
{{- fail "values key dataTier.postgres.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "image") "repository") }}
{{- fail "values key dataTier.postgres.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "image") "tag") }}
{{- fail "values key dataTier.postgres.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "image") "pullPolicy") }}
{{- fail "values key dataTier.postgres.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "image") "digest") }}
{{- fail "values key dataTier.postgres.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres") "resources") }}
{{- fail "values key dataTier.postgres.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "resources") "requests") }}
{{- fail "values key dataTier.postgres.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "resources" "requests") "cpu") }}
{{- fail "values key dataTier.postgres.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "resources" "requests") "memory") }}
{{- fail "values key dataTier.postgres.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "resources") "limits") }}
{{- fail "values key dataTier.postgres.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "resources" "limits") "cpu") }}
{{- fail "values key dataTier.postgres.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "resources" "limits") "memory") }}
{{- fail "values key dataTier.postgres.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres") "livenessProbe") }}
{{- fail "values key dataTier.postgres.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key dataTier.postgres.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "livenessProbe") "periodSeconds") }}
{{- fail "values key dataTier.postgres.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key dataTier.postgres.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "livenessProbe") "failureThreshold") }}
{{- fail "values key dataTier.postgres.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres") "readinessProbe") }}
{{- fail "values key dataTier.postgres.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key dataTier.postgres.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "readinessProbe") "periodSeconds") }}
{{- fail "values key dataTier.postgres.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key dataTier.postgres.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "readinessProbe") "failureThreshold") }}
{{- fail "values key dataTier.postgres.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres") "persistence") }}
{{- fail "values key dataTier.postgres.persistence is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "persistence") "size") }}
{{- fail "values key dataTier.postgres.persistence.size is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "persistence") "storageClass") }}
{{- fail "values key dataTier.postgres.persistence.storageClass is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres") "podSecurityContext") }}
{{- fail "values key dataTier.postgres.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "podSecurityContext") "runAsUser") }}
{{- fail "values key dataTier.postgres.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "podSecurityContext") "runAsGroup") }}
{{- fail "values key dataTier.postgres.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "postgres" "podSecurityContext") "fsGroup") }}
{{- fail "values key dataTier.postgres.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier") "redis") }}
{{- fail "values key dataTier.redis is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis") "image") }}
{{- fail "values key dataTier.redis.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "image") "repository") }}
{{- fail "values key dataTier.redis.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "image") "tag") }}
{{- fail "values key dataTier.redis.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "image") "pullPolicy") }}
{{- fail "values key dataTier.redis.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "image") "digest") }}
{{- fail "values key dataTier.redis.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis") "resources") }}
{{- fail "values key dataTier.redis.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "resources") "requests") }}
{{- fail "values key dataTier.redis.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "resources" "requests") "cpu") }}
{{- fail "values key dataTier.redis.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "resources" "requests") "memory") }}
{{- fail "values key dataTier.redis.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "resources") "limits") }}
{{- fail "values key dataTier.redis.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "resources" "limits") "cpu") }}
{{- fail "values key dataTier.redis.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "resources" "limits") "memory") }}
{{- fail "values key dataTier.redis.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis") "livenessProbe") }}
{{- fail "values key dataTier.redis.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key dataTier.redis.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "livenessProbe") "periodSeconds") }}
{{- fail "values key dataTier.redis.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key dataTier.redis.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "livenessProbe") "failureThreshold") }}
{{- fail "values key dataTier.redis.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis") "readinessProbe") }}
{{- fail "values key dataTier.redis.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key dataTier.redis.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "readinessProbe") "periodSeconds") }}
{{- fail "values key dataTier.redis.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key dataTier.redis.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "readinessProbe") "failureThreshold") }}
{{- fail "values key dataTier.redis.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis") "persistence") }}
{{- fail "values key dataTier.redis.persistence is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "persistence") "size") }}
{{- fail "values key dataTier.redis.persistence.size is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "persistence") "storageClass") }}
{{- fail "values key dataTier.redis.persistence.storageClass is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis") "podSecurityContext") }}
{{- fail "values key dataTier.redis.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "podSecurityContext") "runAsUser") }}
{{- fail "values key dataTier.redis.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "podSecurityContext") "runAsGroup") }}
{{- fail "values key dataTier.redis.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "redis" "podSecurityContext") "fsGroup") }}
{{- fail "values key dataTier.redis.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier") "rabbitmq") }}
{{- fail "values key dataTier.rabbitmq is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq") "image") }}
{{- fail "values key dataTier.rabbitmq.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "image") "repository") }}
{{- fail "values key dataTier.rabbitmq.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "image") "tag") }}
{{- fail "values key dataTier.rabbitmq.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "image") "pullPolicy") }}
{{- fail "values key dataTier.rabbitmq.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "image") "digest") }}
{{- fail "values key dataTier.rabbitmq.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq") "resources") }}
{{- fail "values key dataTier.rabbitmq.resources is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "resources") "requests") }}
{{- fail "values key dataTier.rabbitmq.resources.requests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "resources" "requests") "cpu") }}
{{- fail "values key dataTier.rabbitmq.resources.requests.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "resources" "requests") "memory") }}
{{- fail "values key dataTier.rabbitmq.resources.requests.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "resources") "limits") }}
{{- fail "values key dataTier.rabbitmq.resources.limits is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "resources" "limits") "cpu") }}
{{- fail "values key dataTier.rabbitmq.resources.limits.cpu is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "resources" "limits") "memory") }}
{{- fail "values key dataTier.rabbitmq.resources.limits.memory is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq") "livenessProbe") }}
{{- fail "values key dataTier.rabbitmq.livenessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "livenessProbe") "initialDelaySeconds") }}
{{- fail "values key dataTier.rabbitmq.livenessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "livenessProbe") "periodSeconds") }}
{{- fail "values key dataTier.rabbitmq.livenessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "livenessProbe") "timeoutSeconds") }}
{{- fail "values key dataTier.rabbitmq.livenessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "livenessProbe") "failureThreshold") }}
{{- fail "values key dataTier.rabbitmq.livenessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq") "readinessProbe") }}
{{- fail "values key dataTier.rabbitmq.readinessProbe is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "readinessProbe") "initialDelaySeconds") }}
{{- fail "values key dataTier.rabbitmq.readinessProbe.initialDelaySeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "readinessProbe") "periodSeconds") }}
{{- fail "values key dataTier.rabbitmq.readinessProbe.periodSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "readinessProbe") "timeoutSeconds") }}
{{- fail "values key dataTier.rabbitmq.readinessProbe.timeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "readinessProbe") "failureThreshold") }}
{{- fail "values key dataTier.rabbitmq.readinessProbe.failureThreshold is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq") "persistence") }}
{{- fail "values key dataTier.rabbitmq.persistence is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "persistence") "size") }}
{{- fail "values key dataTier.rabbitmq.persistence.size is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "persistence") "storageClass") }}
{{- fail "values key dataTier.rabbitmq.persistence.storageClass is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq") "podSecurityContext") }}
{{- fail "values key dataTier.rabbitmq.podSecurityContext is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "podSecurityContext") "runAsUser") }}
{{- fail "values key dataTier.rabbitmq.podSecurityContext.runAsUser is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "podSecurityContext") "runAsGroup") }}
{{- fail "values key dataTier.rabbitmq.podSecurityContext.runAsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "rabbitmq" "podSecurityContext") "fsGroup") }}
{{- fail "values key dataTier.rabbitmq.podSecurityContext.fsGroup is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier") "externalRedis") }}
{{- fail "values key dataTier.externalRedis is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "externalRedis") "host") }}
{{- fail "values key dataTier.externalRedis.host is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier" "externalRedis") "port") }}
{{- fail "values key dataTier.externalRedis.port is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "tests") }}
{{- fail "values key tests is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "tests") "image") }}
{{- fail "values key tests.image is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "tests" "image") "repository") }}
{{- fail "values key tests.image.repository is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "tests" "image") "tag") }}
{{- fail "values key tests.image.tag is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "tests" "image") "pullPolicy") }}
{{- fail "values key tests.image.pullPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "tests" "image") "digest") }}
{{- fail "values key tests.image.digest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "httpRoute") }}
{{- fail "values key httpRoute is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute") "enabled") }}
{{- fail "values key httpRoute.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute") "parentRefs") }}
{{- fail "values key httpRoute.parentRefs is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute") "annotations") }}
{{- fail "values key httpRoute.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute") "httpsRedirect") }}
{{- fail "values key httpRoute.httpsRedirect is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute" "httpsRedirect") "enabled") }}
{{- fail "values key httpRoute.httpsRedirect.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute" "httpsRedirect") "parentRefs") }}
{{- fail "values key httpRoute.httpsRedirect.parentRefs is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute") "responseHeaders") }}
{{- fail "values key httpRoute.responseHeaders is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute") "cors") }}
{{- fail "values key httpRoute.cors is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute" "cors") "allowOrigins") }}
{{- fail "values key httpRoute.cors.allowOrigins is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute" "cors") "allowMethods") }}
{{- fail "values key httpRoute.cors.allowMethods is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute" "cors") "allowHeaders") }}
{{- fail "values key httpRoute.cors.allowHeaders is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "httpRoute" "cors") "maxAge") }}
{{- fail "values key httpRoute.cors.maxAge is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "gateway") }}
{{- fail "values key gateway is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "gateway") "enabled") }}
{{- fail "values key gateway.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "gateway") "className") }}
{{- fail "values key gateway.className is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "gateway") "annotations") }}
{{- fail "values key gateway.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "ingress") }}
{{- fail "values key ingress is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ingress") "enabled") }}
{{- fail "values key ingress.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ingress") "className") }}
{{- fail "values key ingress.className is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "ingress") "annotations") }}
{{- fail "values key ingress.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "tls") }}
{{- fail "values key tls is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "tls") "enabled") }}
{{- fail "values key tls.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "tls") "clusterIssuer") }}
{{- fail "values key tls.clusterIssuer is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "externalDns") }}
{{- fail "values key externalDns is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalDns") "enabled") }}
{{- fail "values key externalDns.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalDns") "ttl") }}
{{- fail "values key externalDns.ttl is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "networkPolicy") }}
{{- fail "values key networkPolicy is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy") "enabled") }}
{{- fail "values key networkPolicy.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy") "ingressController") }}
{{- fail "values key networkPolicy.ingressController is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "ingressController") "namespaceLabels") }}
{{- fail "values key networkPolicy.ingressController.namespaceLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "ingressController") "podLabels") }}
{{- fail "values key networkPolicy.ingressController.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy") "monitoring") }}
{{- fail "values key networkPolicy.monitoring is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "monitoring") "namespaceLabels") }}
{{- fail "values key networkPolicy.monitoring.namespaceLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "monitoring") "podLabels") }}
{{- fail "values key networkPolicy.monitoring.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy") "dns") }}
{{- fail "values key networkPolicy.dns is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "dns") "namespaceLabels") }}
{{- fail "values key networkPolicy.dns.namespaceLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "dns") "podLabels") }}
{{- fail "values key networkPolicy.dns.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy") "istiod") }}
{{- fail "values key networkPolicy.istiod is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "istiod") "namespaceLabels") }}
{{- fail "values key networkPolicy.istiod.namespaceLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "istiod") "podLabels") }}
{{- fail "values key networkPolicy.istiod.podLabels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy") "egress") }}
{{- fail "values key networkPolicy.egress is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress") "postgres") }}
{{- fail "values key networkPolicy.egress.postgres is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "postgres") "to") }}
{{- fail "values key networkPolicy.egress.postgres.to is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "postgres") "ports") }}
{{- fail "values key networkPolicy.egress.postgres.ports is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress") "redis") }}
{{- fail "values key networkPolicy.egress.redis is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "redis") "to") }}
{{- fail "values key networkPolicy.egress.redis.to is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "redis") "ports") }}
{{- fail "values key networkPolicy.egress.redis.ports is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress") "rabbitmq") }}
{{- fail "values key networkPolicy.egress.rabbitmq is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "rabbitmq") "to") }}
{{- fail "values key networkPolicy.egress.rabbitmq.to is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "rabbitmq") "ports") }}
{{- fail "values key networkPolicy.egress.rabbitmq.ports is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress") "https") }}
{{- fail "values key networkPolicy.egress.https is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "https") "to") }}
{{- fail "values key networkPolicy.egress.https.to is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "https") "ports") }}
{{- fail "values key networkPolicy.egress.https.ports is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress") "smtp") }}
{{- fail "values key networkPolicy.egress.smtp is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "smtp") "to") }}
{{- fail "values key networkPolicy.egress.smtp.to is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "networkPolicy" "egress" "smtp") "ports") }}
{{- fail "values key networkPolicy.egress.smtp.ports is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "mesh") }}
{{- fail "values key mesh is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mesh") "istio") }}
{{- fail "values key mesh.istio is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mesh" "istio") "enabled") }}
{{- fail "values key mesh.istio.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mesh" "istio") "trustDomain") }}
{{- fail "values key mesh.istio.trustDomain is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "mesh" "istio") "ingressGatewayPrincipals") }}
{{- fail "values key mesh.istio.ingressGatewayPrincipals is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "monitoring") }}
{{- fail "values key monitoring is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring") "serviceMonitor") }}
{{- fail "values key monitoring.serviceMonitor is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "serviceMonitor") "enabled") }}
{{- fail "values key monitoring.serviceMonitor.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "serviceMonitor") "labels") }}
{{- fail "values key monitoring.serviceMonitor.labels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "serviceMonitor") "intervalSeconds") }}
{{- fail "values key monitoring.serviceMonitor.intervalSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "serviceMonitor") "scrapeTimeoutSeconds") }}
{{- fail "values key monitoring.serviceMonitor.scrapeTimeoutSeconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring") "prometheusRule") }}
{{- fail "values key monitoring.prometheusRule is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "prometheusRule") "enabled") }}
{{- fail "values key monitoring.prometheusRule.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "prometheusRule") "labels") }}
{{- fail "values key monitoring.prometheusRule.labels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "prometheusRule") "cpuLimitPercent") }}
{{- fail "values key monitoring.prometheusRule.cpuLimitPercent is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "prometheusRule") "memoryLimitPercent") }}
{{- fail "values key monitoring.prometheusRule.memoryLimitPercent is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "prometheusRule") "emailDelivery") }}
{{- fail "values key monitoring.prometheusRule.emailDelivery is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "prometheusRule" "emailDelivery") "successPercent") }}
{{- fail "values key monitoring.prometheusRule.emailDelivery.successPercent is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "prometheusRule" "emailDelivery") "p95Seconds") }}
{{- fail "values key monitoring.prometheusRule.emailDelivery.p95Seconds is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring") "dashboards") }}
{{- fail "values key monitoring.dashboards is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "dashboards") "enabled") }}
{{- fail "values key monitoring.dashboards.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "dashboards") "labels") }}
{{- fail "values key monitoring.dashboards.labels is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "monitoring" "dashboards") "annotations") }}
{{- fail "values key monitoring.dashboards.annotations is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "externalSecret") }}
{{- fail "values key externalSecret is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret") "enabled") }}
{{- fail "values key externalSecret.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret") "refreshInterval") }}
{{- fail "values key externalSecret.refreshInterval is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret") "secretStoreRef") }}
{{- fail "values key externalSecret.secretStoreRef is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "secretStoreRef") "kind") }}
{{- fail "values key externalSecret.secretStoreRef.kind is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "secretStoreRef") "name") }}
{{- fail "values key externalSecret.secretStoreRef.name is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret") "remoteKey") }}
{{- fail "values key externalSecret.remoteKey is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret") "remoteRefs") }}
{{- fail "values key externalSecret.remoteRefs is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret") "vault") }}
{{- fail "values key externalSecret.vault is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "vault") "create") }}
{{- fail "values key externalSecret.vault.create is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "vault") "server") }}
{{- fail "values key externalSecret.vault.server is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "vault") "path") }}
{{- fail "values key externalSecret.vault.path is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "vault") "version") }}
{{- fail "values key externalSecret.vault.version is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "vault") "authMountPath") }}
{{- fail "values key externalSecret.vault.authMountPath is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "externalSecret" "vault") "role") }}
{{- fail "values key externalSecret.vault.role is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "reloader") }}
{{- fail "values key reloader is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "reloader") "enabled") }}
{{- fail "values key reloader.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index $.Values "namespaceGuards") }}
{{- fail "values key namespaceGuards is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards") "enabled") }}
{{- fail "values key namespaceGuards.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards") "quota") }}
{{- fail "values key namespaceGuards.quota is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards") "container") }}
{{- fail "values key namespaceGuards.container is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards" "container") "default") }}
{{- fail "values key namespaceGuards.container.default is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards" "container") "defaultRequest") }}
{{- fail "values key namespaceGuards.container.defaultRequest is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards" "container") "min") }}
{{- fail "values key namespaceGuards.container.min is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards" "container") "max") }}
{{- fail "values key namespaceGuards.container.max is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "namespaceGuards") "podMax") }}
{{- fail "values key namespaceGuards.podMax is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- include "maily.check.replicas" (list $ "api" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "api" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "api" (list)) }}
{{- include "maily.check.portsUnique" (list $ "api" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "api" (list)) }}
{{- include "maily.check.keysApart" (list $ "api" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "api" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "MAILY_RABBITMQ_DEFAULT_PASS" "MAILY_RABBITMQ_DEFAULT_PASS_FILE" "MAILY_RABBITMQ_DEFAULT_USER" "MAILY_RABBITMQ_DEFAULT_USER_FILE" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "RABBITMQ_URL" "RABBITMQ_URL_FILE" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "api" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "api" (list "c/api" "m//tmp" "m//var/run/secrets/maily" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "web" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "web" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "web" (list)) }}
{{- include "maily.check.portsUnique" (list $ "web" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "web" (list)) }}
{{- include "maily.check.keysApart" (list $ "web" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "web" (list "API_URL" "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "web" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "web" (list "c/web" "m//tmp" "m//var/run/secrets/maily" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "workers" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "workers" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "workers" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "workers" (list)) }}
{{- include "maily.check.keysApart" (list $ "workers" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "workers" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "MAILY_RABBITMQ_DEFAULT_PASS" "MAILY_RABBITMQ_DEFAULT_PASS_FILE" "MAILY_RABBITMQ_DEFAULT_USER" "MAILY_RABBITMQ_DEFAULT_USER_FILE" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "RABBITMQ_URL" "RABBITMQ_URL_FILE" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "workers" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "workers" (list "c/workers" "m//tmp" "m//var/run/secrets/maily" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "aiService" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "aiService" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "aiService" (list)) }}
{{- include "maily.check.portsUnique" (list $ "aiService" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "aiService" (list)) }}
{{- include "maily.check.keysApart" (list $ "aiService" (list)) }}
{{- include "maily.check.jsonObjects" (list $ "aiService" (list "agentsConfig")) }}
{{- include "maily.check.envNamesFree" (list $ "aiService" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "REDIS_HOST" "REDIS_PORT" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "aiService" (list "checksum/config" "prometheus.io/path" "prometheus.io/port" "prometheus.io/scrape")) }}
{{- include "maily.check.sloOrdered" (list $ "aiService" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "aiService" (list "c/ai-service" "m//app/config" "m//tmp" "m//var/run/secrets/maily" "v/config" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "aiMesh" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "aiMesh" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "aiMesh" (list)) }}
{{- include "maily.check.portsUnique" (list $ "aiMesh" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "aiMesh" (list)) }}
{{- include "maily.check.keysApart" (list $ "aiMesh" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "aiMesh" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "aiMesh" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "aiMesh" (list "c/ai-mesh" "m//tmp" "m//var/run/secrets/maily" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "emailProcessing" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "emailProcessing" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "emailProcessing" (list)) }}
{{- include "maily.check.portsUnique" (list $ "emailProcessing" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "emailProcessing" (list)) }}
{{- include "maily.check.keysApart" (list $ "emailProcessing" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "emailProcessing" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "emailProcessing" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "emailProcessing" (list "c/email-processing" "m//tmp" "m//var/run/secrets/maily" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "contactManagement" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "contactManagement" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "contactManagement" (list)) }}
{{- include "maily.check.portsUnique" (list $ "contactManagement" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "contactManagement" (list)) }}
{{- include "maily.check.keysApart" (list $ "contactManagement" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "contactManagement" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "POSTGRES_URI")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "contactManagement" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "contactManagement" (list "c/contact-management" "m//tmp" "m//var/run/secrets/maily" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "analytics" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "analytics" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "analytics" (list)) }}
{{- include "maily.check.portsUnique" (list $ "analytics" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "analytics" (list)) }}
{{- include "maily.check.keysApart" (list $ "analytics" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "analytics" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "analytics" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "analytics" (list "c/analytics" "m//tmp" "m//var/run/secrets/maily" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "blockchain" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "blockchain" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "blockchain" (list)) }}
{{- include "maily.check.portsUnique" (list $ "blockchain" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "blockchain" (list)) }}
{{- include "maily.check.keysApart" (list $ "blockchain" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "blockchain" (list "API_BASE_URL" "ENVIRONMENT" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "blockchain" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "blockchain" (list "c/blockchain" "m//app/contracts" "m//tmp" "m//var/run/secrets/maily" "v/contracts" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "mailydocs" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "mailydocs" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "mailydocs" (list)) }}
{{- include "maily.check.portsUnique" (list $ "mailydocs" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "mailydocs" (list)) }}
{{- include "maily.check.keysApart" (list $ "mailydocs" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "mailydocs" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "mailydocs" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "mailydocs" (list "c/mailydocs" "m//data/documents" "m//tmp" "m//var/run/secrets/maily" "v/documents" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "apiEdgeCaching" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "apiEdgeCaching" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "apiEdgeCaching" (list)) }}
{{- include "maily.check.portsUnique" (list $ "apiEdgeCaching" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "apiEdgeCaching" (list)) }}
{{- include "maily.check.keysApart" (list $ "apiEdgeCaching" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "apiEdgeCaching" (list "ENVIRONMENT")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "apiEdgeCaching" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "apiEdgeCaching" (list "c/api-edge-caching" "m//etc/nginx/nginx.conf" "m//tmp" "m//var/cache/nginx" "m//var/run/secrets/maily" "v/cache" "v/config" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "waf" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "waf" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "waf" (list)) }}
{{- include "maily.check.portsUnique" (list $ "waf" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "waf" (list)) }}
{{- include "maily.check.keysApart" (list $ "waf" (list)) }}
{{- include "maily.check.envNamesFree" (list $ "waf" (list "ANOMALY_INBOUND" "ANOMALY_OUTBOUND" "BACKEND" "ENVIRONMENT" "MODSEC_AUDIT_LOG" "MODSEC_AUDIT_LOG_FORMAT" "MODSEC_AUDIT_LOG_TYPE" "MODSEC_RULE_ENGINE" "PARANOIA" "PORT")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "waf" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "waf" (list "c/waf" "m//opt/owasp-crs/rules/REQUEST-901-MAILY.conf" "m//tmp" "m//var/run/secrets/maily" "v/rules" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "ipWarming" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "ipWarming" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "ipWarming" (list)) }}
{{- include "maily.check.portsUnique" (list $ "ipWarming" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "ipWarming" (list)) }}
{{- include "maily.check.keysApart" (list $ "ipWarming" (list)) }}
{{- include "maily.check.jsonObjects" (list $ "ipWarming" (list "complianceConfig")) }}
{{- include "maily.check.envNamesFree" (list $ "ipWarming" (list "DATABASE_URL" "DATABASE_URL_FILE" "ENVIRONMENT" "MAILY_POSTGRES_PASSWORD" "MAILY_POSTGRES_PASSWORD_FILE" "MAILY_POSTGRES_USER" "MAILY_POSTGRES_USER_FILE" "MAILY_RABBITMQ_DEFAULT_PASS" "MAILY_RABBITMQ_DEFAULT_PASS_FILE" "MAILY_RABBITMQ_DEFAULT_USER" "MAILY_RABBITMQ_DEFAULT_USER_FILE" "MAILY_REDIS_PASSWORD" "MAILY_REDIS_PASSWORD_FILE" "RABBITMQ_URL" "RABBITMQ_URL_FILE" "REDIS_URL" "REDIS_URL_FILE")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "ipWarming" (list "checksum/config")) }}
{{- include "maily.check.passThroughApart" (list $ "ipWarming" (list "c/ip-warming" "m//app/config/compliance" "m//tmp" "m//var/run/secrets/maily" "v/compliance" "v/secret-files" "v/tmp")) }}
{{- include "maily.check.serviceAccountNamesUnique" (list $) }}
{{- include "maily.check.dataTierInDevelopment" (list $) }}
{{- include "maily.check.routesApart" (list $) }}
{{- include "maily.check.routesHaveBackends" (list $) }}
{{- include "maily.check.routesAttached" (list $) }}
{{- include "maily.check.routesFit" (list $) }}
{{- include "maily.check.routeAnnotationsApart" (list $) }}
{{- include "maily.check.monitoringScrape" (list $) }}
{{- include "maily.check.monitoringKeysApart" (list $) }}
{{- include "maily.check.externalSecretRefsUsed" (list $) }}
{{- include "maily.check.externalSecretVaultKind" (list $) }}
{{- include "maily.check.limitRangeOrdered" (list $) }}
{{- include "maily.check.withinLimitRange" (list $) }}
{{- end }}
{{- end }}


{{/*
maily.check.serviceAccountNamesUnique: no two enabled components create a ServiceAccount of the same `serviceAccount.name`. Fails naming the fields.
Usage: {{ include "maily.check.serviceAccountNamesUnique" (list $) }}
*/}}
{{- define "maily.check.serviceAccountNamesUnique" -}}
{{- $root := index . 0 }}
{{- $creators := dict }}
{{- range $component := list (list "api" "api") (list "web" "web") (list "workers" "workers") (list "aiService" "ai-service") (list "aiMesh" "ai-mesh") (list "emailProcessing" "email-processing") (list "contactManagement" "contact-management") (list "analytics" "analytics") (list "blockchain" "blockchain") (list "mailydocs" "mailydocs") (list "apiEdgeCaching" "api-edge-caching") (list "waf" "waf") (list "ipWarming" "ip-warming") }}
{{- $key := index $component 0 }}
{{- $v := index $root.Values $key }}
{{- if and $v.enabled $v.serviceAccount.create }}
{{- $name := include "maily.serviceAccountName" (list $root $key (index $component 1)) }}
{{- if hasKey $creators $name }}
{{- fail (printf "%s.serviceAccount.name and %s.serviceAccount.name both name the ServiceAccount %q: set one of them apart" (get $creators $name) $key $name) }}
{{- end }}
{{- $_ := set $creators $name $key }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.dataTierInDevelopment: while `dataTier.enabled`, `global.environment` is one of `dataTier.allowedEnvironments`. Fails naming the fields.
Usage: {{ include "maily.check.dataTierInDevelopment" (list $) }}
*/}}
{{- define "maily.check.dataTierInDevelopment" -}}
{{- $root := index . 0 }}
{{- $tier := $root.Values.dataTier }}
{{- if and $tier.enabled (not (has $root.Values.global.environment $tier.allowedEnvironments)) }}
{{- fail (printf "dataTier.enabled is true while global.environment is %q, which dataTier.allowedEnvironments does not name: the in-cluster data servers are not for real data (no replication, no backups, data deleted on uninstall); use outside servers, or name the environment" $root.Values.global.environment) }}
{{- end }}
{{- end }}

{{/*
maily.check.routesApart: each host and path of the components' `route` belongs to one deployed component (with `gateway.enabled`, each host). Fails naming the fields.
Usage: {{ include "maily.check.routesApart" (list $) }}
*/}}
{{- define "maily.check.routesApart" -}}
{{- $root := index . 0 }}
{{- $claimed := dict }}
{{- $hosts := dict }}
{{- range $component := list (list "api" "api") (list "web" "web") (list "aiService" "ai-service") (list "aiMesh" "ai-mesh") (list "emailProcessing" "email-processing") (list "contactManagement" "contact-management") (list "analytics" "analytics") (list "blockchain" "blockchain") (list "mailydocs" "mailydocs") (list "apiEdgeCaching" "api-edge-caching") (list "waf" "waf") (list "ipWarming" "ip-warming") }}
{{- $key := index $component 0 }}
{{- $v := index $root.Values $key }}
{{- if $v.enabled }}
{{- range $i, $host := $v.route.hosts }}
{{- if $root.Values.gateway.enabled }}
{{- $first := get $hosts $host }}
{{- if and $first (ne $first $key) }}
{{- fail (printf "%s.route.hosts[%d] (%q) is also a host of %s: with gateway.enabled each host (one listener) belongs to one component" $key $i $host $first) }}
{{- end }}
{{- $_ := set $hosts $host $key }}
{{- end }}
{{- range $path := $v.route.paths }}
{{- $id := printf "%s %s" $host (trimSuffix "/" $path) }}
{{- $first := get $claimed $id }}
{{- if and $first (ne $first $key) }}
{{- fail (printf "%s.route.hosts[%d] (%q) with path %q is also routed to %s" $key $i $host $path $first) }}
{{- end }}
{{- $_ := set $claimed $id $key }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.routesHaveBackends: while `httpRoute.enabled` or `ingress.enabled`, a component with `route.hosts` is enabled. Fails naming the fields.
Usage: {{ include "maily.check.routesHaveBackends" (list $) }}
*/}}
{{- define "maily.check.routesHaveBackends" -}}
{{- $root := index . 0 }}
{{- if or $root.Values.httpRoute.enabled $root.Values.ingress.enabled }}
{{- range $component := list (list "api" "api") (list "web" "web") (list "aiService" "ai-service") (list "aiMesh" "ai-mesh") (list "emailProcessing" "email-processing") (list "contactManagement" "contact-management") (list "analytics" "analytics") (list "blockchain" "blockchain") (list "mailydocs" "mailydocs") (list "apiEdgeCaching" "api-edge-caching") (list "waf" "waf") (list "ipWarming" "ip-warming") }}
{{- $key := index $component 0 }}
{{- $v := index $root.Values $key }}
{{- if and (not $v.enabled) $v.route.hosts }}
{{- fail (printf "%s.route.hosts is set but %s.enabled is false: the route's backend would be a Service this chart does not render (clear the hosts)" $key $key) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.routesAttached: HTTPRoutes name Gateway listeners (`httpRoute.parentRefs`, `httpsRedirect.parentRefs`) unless `gateway.enabled`; the chart's Gateway has a `className`, `tls.enabled` and routes. Fails naming the fields.
Usage: {{ include "maily.check.routesAttached" (list $) }}
*/}}
{{- define "maily.check.routesAttached" -}}
{{- $root := index . 0 }}
{{- $route := $root.Values.httpRoute }}
{{- $gateway := $root.Values.gateway }}
{{- if and $route.enabled (not $gateway.enabled) (not $route.parentRefs) }}
{{- fail "httpRoute.parentRefs is empty: name the Gateway listener the routes attach to, or set gateway.enabled" }}
{{- end }}
{{- if and $route.enabled $route.httpsRedirect.enabled (not $gateway.enabled) (not $route.httpsRedirect.parentRefs) }}
{{- fail "httpRoute.httpsRedirect.parentRefs is empty: name the plain-HTTP Gateway listener, or set gateway.enabled" }}
{{- end }}
{{- if $gateway.enabled }}
{{- if not $route.enabled }}
{{- fail "gateway.enabled needs httpRoute.enabled (nothing would use it)" }}
{{- end }}
{{- if not $gateway.className }}
{{- fail "gateway.className is empty: name the GatewayClass" }}
{{- end }}
{{- if not $root.Values.tls.enabled }}
{{- fail "gateway.enabled needs tls.enabled (its listeners are HTTPS, with each component's route.tlsSecretName)" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.routesFit: the HTTPS redirect route holds at most 16 hosts and the chart's Gateway at most 64 listeners, counting the `route.hosts` of every deployed component; with the chart's Gateway, an HTTPRoute's parents (one per host plus `parentRefs`) are at most 32. Fails naming the fields.
Usage: {{ include "maily.check.routesFit" (list $) }}
*/}}
{{- define "maily.check.routesFit" -}}
{{- $root := index . 0 }}
{{- $hosts := len (include "maily.redirectHosts" $root | fromJsonArray) }}
{{- $route := $root.Values.httpRoute }}
{{- if and $route.enabled $route.httpsRedirect.enabled (gt (int $hosts) 16) }}
{{- fail (printf "httpRoute.httpsRedirect.enabled gathers the route.hosts of every deployed component, %d in all, and an HTTPRoute holds at most 16: redirect at the Gateway instead and turn this off, or serve fewer hosts" (int $hosts)) }}
{{- end }}
{{- if and $root.Values.gateway.enabled $route.enabled }}
{{- range $component := list (list "api" "api") (list "web" "web") (list "aiService" "ai-service") (list "aiMesh" "ai-mesh") (list "emailProcessing" "email-processing") (list "contactManagement" "contact-management") (list "analytics" "analytics") (list "blockchain" "blockchain") (list "mailydocs" "mailydocs") (list "apiEdgeCaching" "api-edge-caching") (list "waf" "waf") (list "ipWarming" "ip-warming") }}
{{- $key := index $component 0 }}
{{- $v := index $root.Values $key }}
{{- $refs := add (len $v.route.hosts) (len $route.parentRefs) }}
{{- if and $v.enabled $v.route.hosts (gt (int $refs) 32) }}
{{- fail (printf "httpRoute.parentRefs with the chart Gateway's listeners of %s's %d hosts makes %d parents for its HTTPRoute, which holds at most 32" $key (len $v.route.hosts) (int $refs)) }}
{{- end }}
{{- end }}
{{- if and $route.httpsRedirect.enabled (gt (int (add (len $route.httpsRedirect.parentRefs) 1)) 32) }}
{{- fail (printf "httpRoute.httpsRedirect.parentRefs with the chart Gateway's `http` listener makes %d parents, and an HTTPRoute holds at most 32" (int (add (len $route.httpsRedirect.parentRefs) 1))) }}
{{- end }}
{{- end }}
{{- if and $root.Values.gateway.enabled $route.enabled (gt (int (add $hosts 1)) 64) }}
{{- fail (printf "gateway.enabled needs one listener per host of the deployed components plus `http`, %d in all, and a Gateway holds at most 64" (int (add $hosts 1))) }}
{{- end }}
{{- end }}

{{/*
maily.check.routeAnnotationsApart: `httpRoute.annotations`, `gateway.annotations` and `ingress.annotations` repeat neither the chart's own annotations nor `global.commonAnnotations`, and `global.commonAnnotations` repeats none of the chart's cert-manager and external-dns annotations. Fails naming the fields.
Usage: {{ include "maily.check.routeAnnotationsApart" (list $) }}
*/}}
{{- define "maily.check.routeAnnotationsApart" -}}
{{- $root := index . 0 }}
{{- $owned := list "cert-manager.io/cluster-issuer" "external-dns.alpha.kubernetes.io/hostname" "external-dns.alpha.kubernetes.io/ttl" }}
{{- range $k, $_ := $root.Values.global.commonAnnotations }}
{{- if has $k $owned }}
{{- fail (printf "global.commonAnnotations.%s is set by the chart on its routes, Ingresses and Gateway (use tls.clusterIssuer or externalDns)" $k) }}
{{- end }}
{{- end }}
{{- range $path := list "httpRoute" "gateway" "ingress" }}
{{- range $k, $_ := (index $root.Values $path).annotations }}
{{- if has $k $owned }}
{{- fail (printf "%s.annotations.%s is set by the chart" $path $k) }}
{{- else if hasKey $root.Values.global.commonAnnotations $k }}
{{- fail (printf "%s.annotations.%s is also in global.commonAnnotations" $path $k) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.monitoringScrape: `monitoring.serviceMonitor.scrapeTimeoutSeconds` is at most `intervalSeconds`. Fails naming the fields.
Usage: {{ include "maily.check.monitoringScrape" (list $) }}
*/}}
{{- define "maily.check.monitoringScrape" -}}
{{- $root := index . 0 }}
{{- $sm := $root.Values.monitoring.serviceMonitor }}
{{- if gt (int64 $sm.scrapeTimeoutSeconds) (int64 $sm.intervalSeconds) }}
{{- fail (printf "monitoring.serviceMonitor.scrapeTimeoutSeconds (%d) is greater than intervalSeconds (%d): Prometheus refuses a scrape timeout longer than the interval" (int64 $sm.scrapeTimeoutSeconds) (int64 $sm.intervalSeconds)) }}
{{- end }}
{{- end }}

{{/*
maily.check.monitoringKeysApart: the `labels` of `monitoring.serviceMonitor`, `prometheusRule` and `dashboards` share no key with `global.commonLabels`, `monitoring.dashboards.annotations` none with `global.commonAnnotations`. Fails naming the fields.
Usage: {{ include "maily.check.monitoringKeysApart" (list $) }}
*/}}
{{- define "maily.check.monitoringKeysApart" -}}
{{- $root := index . 0 }}
{{- $g := $root.Values.global }}
{{- range $path := list "serviceMonitor" "prometheusRule" "dashboards" }}
{{- range $k, $_ := (index $root.Values.monitoring $path).labels }}
{{- if hasKey $g.commonLabels $k }}
{{- fail (printf "monitoring.%s.labels.%s is also in global.commonLabels" $path $k) }}
{{- end }}
{{- end }}
{{- end }}
{{- range $k, $_ := $root.Values.monitoring.dashboards.annotations }}
{{- if hasKey $g.commonAnnotations $k }}
{{- fail (printf "monitoring.dashboards.annotations.%s is also in global.commonAnnotations" $k) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.externalSecretRefsUsed: while `externalSecret.enabled`, each key of `externalSecret.remoteRefs` is read by some component, deployed or not (a `secretEnv` or `optionalSecretEnv` value). Fails naming the fields.
Usage: {{ include "maily.check.externalSecretRefsUsed" (list $) }}
*/}}
{{- define "maily.check.externalSecretRefsUsed" -}}
{{- $root := index . 0 }}
{{- $es := $root.Values.externalSecret }}
{{- if $es.enabled }}
{{- $read := dict }}
{{- range $component := list "api" "web" "workers" "aiService" "aiMesh" "emailProcessing" "contactManagement" "analytics" "blockchain" "mailydocs" "apiEdgeCaching" "waf" "ipWarming" }}
{{- $v := index $root.Values $component }}
{{- range $name, $key := concat (values $v.secretEnv) (values $v.optionalSecretEnv) }}
{{- $_ := set $read $key true }}
{{- end }}
{{- end }}
{{- range $key := list "database-url" "postgres-password" "postgres-user" "rabbitmq-password" "rabbitmq-url" "rabbitmq-user" "redis-password" "redis-url" }}
{{- $_ := set $read $key true }}
{{- end }}
{{- range $key, $_ := $es.remoteRefs }}
{{- if not (hasKey $read $key) }}
{{- fail (printf "externalSecret.remoteRefs.%s names a Secret key that no component reads (no secretEnv or optionalSecretEnv value of any component, nor a data tier key): remove it, or read the key" $key) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.externalSecretVaultKind: while `externalSecret.vault.create`, `externalSecret.secretStoreRef.kind` is `SecretStore`. Fails naming the fields.
Usage: {{ include "maily.check.externalSecretVaultKind" (list $) }}
*/}}
{{- define "maily.check.externalSecretVaultKind" -}}
{{- $root := index . 0 }}
{{- $es := $root.Values.externalSecret }}
{{- if and $es.enabled $es.vault.create (ne $es.secretStoreRef.kind "SecretStore") }}
{{- fail (printf "externalSecret.secretStoreRef.kind (%s) must be SecretStore while externalSecret.vault.create is true: the chart makes a SecretStore" $es.secretStoreRef.kind) }}
{{- end }}
{{- end }}

{{/*
maily.check.limitRangeOrdered: per resource, `namespaceGuards.container.min` ≤ `defaultRequest` ≤ `default` ≤ `max` ≤ `namespaceGuards.podMax`. Fails naming the fields.
Usage: {{ include "maily.check.limitRangeOrdered" (list $) }}
*/}}
{{- define "maily.check.limitRangeOrdered" -}}
{{- $root := index . 0 }}
{{- $g := $root.Values.namespaceGuards }}
{{- if $g.enabled }}
{{- $c := $g.container }}
{{- $chain := list (list "container.min" $c.min) (list "container.defaultRequest" $c.defaultRequest) (list "container.default" $c.default) (list "container.max" $c.max) }}
{{- $pairs := list }}
{{- range $i, $low := $chain }}
{{- range $high := slice $chain (add1 $i) }}
{{- $pairs = append $pairs (list (index $low 0) (index $low 1) (index $high 0) (index $high 1)) }}
{{- end }}
{{- end }}
{{- $pairs = append $pairs (list "container.max" $c.max "podMax" $g.podMax) }}
{{- range $pair := $pairs }}
{{- $high := index $pair 3 }}
{{- range $resource, $a := index $pair 1 }}
{{- $b := index $high $resource }}
{{- if and (not (kindIs "invalid" $b)) (gt (float64 (include "maily.quantity" $a)) (float64 (include "maily.quantity" $b))) }}
{{- fail (printf "namespaceGuards.%s.%s (%s) is greater than %s.%s (%s)" (index $pair 0) $resource (include "maily.quantityText" $a) (index $pair 2) $resource (include "maily.quantityText" $b)) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.withinLimitRange: while `namespaceGuards.enabled`, each deployed component's requests are at least `namespaceGuards.container.min` and its limits at most `container.max`, and so are the in-cluster data servers' (while `dataTier.enabled`) and the `helm test` pods' (`50m` CPU, `32Mi` memory). Fails naming the fields.
Usage: {{ include "maily.check.withinLimitRange" (list $) }}
*/}}
{{- define "maily.check.withinLimitRange" -}}
{{- $root := index . 0 }}
{{- $g := $root.Values.namespaceGuards }}
{{- if $g.enabled }}
{{- $c := $g.container }}
{{- $targets := list }}
{{- range $component := list "api" "web" "workers" "aiService" "aiMesh" "emailProcessing" "contactManagement" "analytics" "blockchain" "mailydocs" "apiEdgeCaching" "waf" "ipWarming" }}
{{- $v := index $root.Values $component }}
{{- if $v.enabled }}
{{- $targets = append $targets (list $component $v) }}
{{- end }}
{{- end }}
{{- if $root.Values.dataTier.enabled }}
{{- range $server := list "postgres" "redis" "rabbitmq" }}
{{- $targets = append $targets (list (printf "dataTier.%s" $server) (index $root.Values.dataTier $server)) }}
{{- end }}
{{- end }}
{{- range $t := $targets }}
{{- $component := index $t 0 }}
{{- $v := index $t 1 }}
{{- range $resource, $q := $v.resources.requests }}
{{- $min := index $c.min $resource }}
{{- if and (not (kindIs "invalid" $min)) (lt (float64 (include "maily.quantity" $q)) (float64 (include "maily.quantity" $min))) }}
{{- fail (printf "%s.resources.requests.%s (%s) is less than namespaceGuards.container.min.%s (%s): the API server would refuse the pods" $component $resource (include "maily.quantityText" $q) $resource (include "maily.quantityText" $min)) }}
{{- end }}
{{- end }}
{{- range $resource, $q := $v.resources.limits }}
{{- $max := index $c.max $resource }}
{{- if and (not (kindIs "invalid" $max)) (gt (float64 (include "maily.quantity" $q)) (float64 (include "maily.quantity" $max))) }}
{{- fail (printf "%s.resources.limits.%s (%s) is greater than namespaceGuards.container.max.%s (%s): the API server would refuse the pods" $component $resource (include "maily.quantityText" $q) $resource (include "maily.quantityText" $max)) }}
{{- end }}
{{- end }}
{{- end }}
{{- $tests := dict "cpu" "50m" "memory" "32Mi" }}
{{- range $resource, $q := $tests }}
{{- $min := index $c.min $resource }}
{{- if and (not (kindIs "invalid" $min)) (gt (float64 (include "maily.quantity" $min)) (float64 (include "maily.quantity" $q))) }}
{{- fail (printf "namespaceGuards.container.min.%s (%s) is greater than the helm test pods' %s (%s)" $resource (include "maily.quantityText" $min) $resource $q) }}
{{- end }}
{{- $max := index $c.max $resource }}
{{- if and (not (kindIs "invalid" $max)) (lt (float64 (include "maily.quantity" $max)) (float64 (include "maily.quantity" $q))) }}
{{- fail (printf "namespaceGuards.container.max.%s (%s) is less than the helm test pods' %s (%s)" $resource (include "maily.quantityText" $max) $resource $q) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.replicas: `autoscaling.minReplicas` is at most `autoscaling.maxReplicas`. Fails naming the fields.
Usage: {{ include "maily.check.replicas" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.replicas" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- $a := $v.autoscaling }}
{{- if gt (int64 $a.minReplicas) (int64 $a.maxReplicas) }}
{{- fail (printf "%s.autoscaling.minReplicas (%d) is greater than maxReplicas (%d)" $key (int64 $a.minReplicas) (int64 $a.maxReplicas)) }}
{{- end }}
{{- end }}

{{/*
maily.check.requestsWithinLimits: each resource request is at most its limit (`resources.requests.cpu` ≤ `resources.limits.cpu`, ...). Fails naming the fields.
Usage: {{ include "maily.check.requestsWithinLimits" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.requestsWithinLimits" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- range $resource, $request := $v.resources.requests }}
{{- $limit := index $v.resources.limits $resource }}
{{- if and (not (kindIs "invalid" $limit)) (gt (float64 (include "maily.quantity" $request)) (float64 (include "maily.quantity" $limit))) }}
{{- fail (printf "%s.resources.requests.%s (%v) is greater than limits.%s (%v)" $key $resource $request $resource $limit) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.secretEnvUnique: no variable is in two of `env`, `secretEnv` and `optionalSecretEnv`, nor, with `secretsAsFiles`, is a `secretEnv` variable's `<NAME>_FILE` in any of them. Fails naming the fields.
Usage: {{ include "maily.check.secretEnvUnique" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.secretEnvUnique" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- range $name, $_ := $v.secretEnv }}
{{- $file := printf "%s_FILE" $name }}
{{- if hasKey $v.env $name }}
{{- fail (printf "%s.secretEnv.%s is already set by env" $key $name) }}
{{- else if and $v.secretsAsFiles (or (hasKey $v.env $file) (hasKey $v.secretEnv $file) (hasKey $v.optionalSecretEnv $file)) }}
{{- fail (printf "%s.secretEnv.%s becomes %s with secretsAsFiles, which is already set" $key $name $file) }}
{{- end }}
{{- end }}
{{- range $name, $_ := $v.optionalSecretEnv }}
{{- if or (hasKey $v.env $name) (hasKey $v.secretEnv $name) }}
{{- fail (printf "%s.optionalSecretEnv.%s is already set by env or secretEnv" $key $name) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.portsUnique: `extraPorts` names, container ports and Service ports are unique and differ from the `http` port's. Fails naming the fields.
Usage: {{ include "maily.check.portsUnique" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.portsUnique" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- $names := dict }}
{{- $containerPorts := dict (toString (int64 $v.containerPort)) true }}
{{- $servicePorts := dict (toString (int64 $v.service.port)) true }}
{{- range $i, $p := $v.extraPorts }}
{{- if hasKey $names $p.name }}
{{- fail (printf "%s.extraPorts[%d].name (%q) is a duplicate port name" $key $i $p.name) }}
{{- end }}
{{- $_ := set $names $p.name true }}
{{- $c := toString (int64 $p.containerPort) }}
{{- if hasKey $containerPorts $c }}
{{- fail (printf "%s.extraPorts[%d].containerPort (%s) is already used by another port" $key $i $c) }}
{{- end }}
{{- $_ := set $containerPorts $c true }}
{{- $s := toString (int64 $p.servicePort) }}
{{- if hasKey $servicePorts $s }}
{{- fail (printf "%s.extraPorts[%d].servicePort (%s) is already used by another port" $key $i $s) }}
{{- end }}
{{- $_ := set $servicePorts $s true }}
{{- end }}
{{- end }}

{{/*
maily.check.graceCoversPreStop: `terminationGracePeriodSeconds` is greater than `preStopSleepSeconds` (the pause counts against it). Fails naming the fields.
Usage: {{ include "maily.check.graceCoversPreStop" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.graceCoversPreStop" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- if le (int64 $v.terminationGracePeriodSeconds) (int64 $v.preStopSleepSeconds) }}
{{- fail (printf "%s.terminationGracePeriodSeconds (%d) must be greater than preStopSleepSeconds (%d)" $key (int64 $v.terminationGracePeriodSeconds) (int64 $v.preStopSleepSeconds)) }}
{{- end }}
{{- end }}

{{/*
maily.check.keysApart: `podLabels` share no key with `global.commonLabels`, and the Service's and ServiceAccount's `annotations` none with `global.commonAnnotations` (one object would get the key twice). Fails naming the fields.
Usage: {{ include "maily.check.keysApart" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.keysApart" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- $g := $root.Values.global }}
{{- range $k, $_ := $v.podLabels }}
{{- if hasKey $g.commonLabels $k }}
{{- fail (printf "%s.podLabels.%s is also in global.commonLabels" $key $k) }}
{{- end }}
{{- end }}
{{- range $k, $_ := $v.serviceAccount.annotations }}
{{- if hasKey $g.commonAnnotations $k }}
{{- fail (printf "%s.serviceAccount.annotations.%s is also in global.commonAnnotations" $key $k) }}
{{- end }}
{{- end }}
{{- if hasKey $v "service" }}
{{- range $k, $_ := $v.service.annotations }}
{{- if hasKey $g.commonAnnotations $k }}
{{- fail (printf "%s.service.annotations.%s is also in global.commonAnnotations" $key $k) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.jsonObjects: keys that hold JSON text (the AI service's `agentsConfig`) hold one JSON object. Fails naming the fields.
Usage: {{ include "maily.check.jsonObjects" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.jsonObjects" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- range $field := $args }}
{{- if not (kindIs "map" (index (fromJsonArray (printf "[%s]" (index $v $field))) 0)) }}
{{- fail (printf "%s.%s is not a JSON object" $key $field) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.envNamesFree: `env`, `secretEnv` and `optionalSecretEnv` name no variable the chart sets for the component (`ENVIRONMENT`, the data servers' connection variables, its own such as the web front end's `API_URL`). Fails naming the fields.
Usage: {{ include "maily.check.envNamesFree" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.envNamesFree" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- range $field := list "env" "secretEnv" "optionalSecretEnv" }}
{{- range $name, $_ := index $v $field }}
{{- if has $name $args }}
{{- fail (printf "%s.%s.%s is a variable the chart sets for this component" $key $field $name) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.podAnnotationsNotOwned: `podAnnotations` leaves alone the pod annotations the chart sets on the component (`checksum/config`, the `prometheus.io/*` ones). Fails naming the fields.
Usage: {{ include "maily.check.podAnnotationsNotOwned" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.podAnnotationsNotOwned" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- range $annotation := $args }}
{{- if hasKey $v.podAnnotations $annotation }}
{{- fail (printf "%s.podAnnotations.%s is set by the chart" $key $annotation) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
maily.check.sloOrdered: the `slo`'s `errorPercentWarning` is at most its `errorPercentCritical`. Fails naming the fields.
Usage: {{ include "maily.check.sloOrdered" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.sloOrdered" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- $warning := include "maily.quantityText" $v.slo.errorPercentWarning }}
{{- $critical := include "maily.quantityText" $v.slo.errorPercentCritical }}
{{- if gt (float64 $warning) (float64 $critical) }}
{{- fail (printf "%s.slo.errorPercentWarning (%s) is greater than errorPercentCritical (%s)" $key $warning $critical) }}
{{- end }}
{{- end }}

{{/*
maily.check.passThroughApart: `extraVolumes`, `initContainers`, `sidecars` and `extraVolumeMounts` reuse no volume name, container name or mount path, the chart's or each other's. Fails naming the fields.
Usage: {{ include "maily.check.passThroughApart" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.passThroughApart" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- $taken := dict }}
{{- range $i, $volume := $v.extraVolumes }}
{{- $id := printf "v/%s" $volume.name }}
{{- if has $id $args }}
{{- fail (printf "%s.extraVolumes[%d].name (%q) is a volume of the chart" $key $i $volume.name) }}
{{- else if hasKey $taken $id }}
{{- fail (printf "%s.extraVolumes[%d].name (%q) is given twice" $key $i $volume.name) }}
{{- end }}
{{- $_ := set $taken $id true }}
{{- end }}
{{- range $list := list "initContainers" "sidecars" }}
{{- range $i, $container := index $v $list }}
{{- $id := printf "c/%s" $container.name }}
{{- if has $id $args }}
{{- fail (printf "%s.%s[%d].name (%q) is a container of the chart" $key $list $i $container.name) }}
{{- else if hasKey $taken $id }}
{{- fail (printf "%s.%s[%d].name (%q) is given twice" $key $list $i $container.name) }}
{{- end }}
{{- $_ := set $taken $id true }}
{{- end }}
{{- end }}
{{- range $i, $mount := $v.extraVolumeMounts }}
{{- $path := regexReplaceAll "/+$" $mount.mountPath "" | default $mount.mountPath }}
{{- $id := printf "m/%s" $path }}
{{- if has $id $args }}
{{- fail (printf "%s.extraVolumeMounts[%d].mountPath (%q) is a mount of the chart" $key $i $path) }}
{{- else if hasKey $taken $id }}
{{- fail (printf "%s.extraVolumeMounts[%d].mountPath (%q) is given twice" $key $i $path) }}
{{- end }}
{{- $_ := set $taken $id true }}
{{- end }}
{{- end }}
