{{/*
maily.checks: renders nothing, or fails naming the values key that is missing or
breaks a cross-field rule. Every object template includes it first.
Usage: {{- include "maily.checks" $ }}
*/}}
{{- define "maily.checks" -}}
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
{{- if kindIs "invalid" (index $.Values "dataTier") }}
{{- fail "values key dataTier is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
{{- end }}
{{- if kindIs "invalid" (index (index $.Values "dataTier") "enabled") }}
{{- fail "values key dataTier.enabled is missing (or null): values.yaml sets it, so something removed it. After helm upgrade --reuse-values from an older chart version, upgrade with --reset-then-reuse-values instead (chart README, Upgrading and migrating)" }}
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
{{- include "maily.check.replicas" (list $ "api" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "api" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "api" (list)) }}
{{- include "maily.check.portsUnique" (list $ "api" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "api" (list)) }}
{{- include "maily.check.keysApart" (list $ "api" (list)) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "api" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "api" (list "c/api" "m//tmp" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "web" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "web" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "web" (list)) }}
{{- include "maily.check.portsUnique" (list $ "web" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "web" (list)) }}
{{- include "maily.check.keysApart" (list $ "web" (list)) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "web" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "web" (list "c/web" "m//tmp" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "workers" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "workers" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "workers" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "workers" (list)) }}
{{- include "maily.check.keysApart" (list $ "workers" (list)) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "workers" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "workers" (list "c/workers" "m//tmp" "v/tmp")) }}
{{- include "maily.check.replicas" (list $ "aiService" (list)) }}
{{- include "maily.check.requestsWithinLimits" (list $ "aiService" (list)) }}
{{- include "maily.check.secretEnvUnique" (list $ "aiService" (list)) }}
{{- include "maily.check.portsUnique" (list $ "aiService" (list)) }}
{{- include "maily.check.graceCoversPreStop" (list $ "aiService" (list)) }}
{{- include "maily.check.keysApart" (list $ "aiService" (list)) }}
{{- include "maily.check.jsonObjects" (list $ "aiService" (list "agentsConfig")) }}
{{- include "maily.check.podAnnotationsNotOwned" (list $ "aiService" (list "checksum/config" "prometheus.io/path" "prometheus.io/port" "prometheus.io/scrape")) }}
{{- include "maily.check.sloOrdered" (list $ "aiService" (list)) }}
{{- include "maily.check.passThroughApart" (list $ "aiService" (list "c/ai-service" "m//app/config" "m//tmp" "v/config" "v/tmp")) }}
{{- include "maily.check.serviceAccountNamesUnique" (list $) }}
{{- include "maily.check.routesApart" (list $) }}
{{- include "maily.check.routesHaveBackends" (list $) }}
{{- include "maily.check.routesAttached" (list $) }}
{{- include "maily.check.routeAnnotationsApart" (list $) }}
{{- include "maily.check.monitoringScrape" (list $) }}
{{- include "maily.check.monitoringKeysApart" (list $) }}
{{- end }}


{{/*
maily.check.serviceAccountNamesUnique: no two enabled components create a ServiceAccount of the same `serviceAccount.name`. Fails naming the fields.
Usage: {{ include "maily.check.serviceAccountNamesUnique" (list $) }}
*/}}
{{- define "maily.check.serviceAccountNamesUnique" -}}
{{- $root := index . 0 }}
{{- $creators := dict }}
{{- range $component := list (list "api" "api") (list "web" "web") (list "workers" "workers") (list "aiService" "ai-service") }}
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
maily.check.routesApart: each host and path of the components' `route` belongs to one deployed component (with `gateway.enabled`, each host). Fails naming the fields.
Usage: {{ include "maily.check.routesApart" (list $) }}
*/}}
{{- define "maily.check.routesApart" -}}
{{- $root := index . 0 }}
{{- $claimed := dict }}
{{- $hosts := dict }}
{{- range $component := list (list "api" "api") (list "web" "web") (list "aiService" "ai-service") }}
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
{{- $id := printf "%s %s" $host $path }}
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
{{- range $component := list (list "api" "api") (list "web" "web") (list "aiService" "ai-service") }}
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
maily.check.routeAnnotationsApart: `httpRoute.annotations`, `gateway.annotations` and `ingress.annotations` repeat neither the chart's own annotations nor `global.commonAnnotations`. Fails naming the fields.
Usage: {{ include "maily.check.routeAnnotationsApart" (list $) }}
*/}}
{{- define "maily.check.routeAnnotationsApart" -}}
{{- $root := index . 0 }}
{{- $owned := list "cert-manager.io/cluster-issuer" "external-dns.alpha.kubernetes.io/hostname" "external-dns.alpha.kubernetes.io/ttl" }}
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
maily.check.secretEnvUnique: no variable is in two of `env`, `secretEnv` and `optionalSecretEnv`. Fails naming the fields.
Usage: {{ include "maily.check.secretEnvUnique" (list $ "api" (list)) }}
*/}}
{{- define "maily.check.secretEnvUnique" -}}
{{- $root := index . 0 }}
{{- $key := index . 1 }}
{{- $v := index $root.Values $key }}
{{- $args := index . 2 }}
{{- range $name, $_ := $v.secretEnv }}
{{- if hasKey $v.env $name }}
{{- fail (printf "%s.secretEnv.%s is already set by env" $key $name) }}
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
